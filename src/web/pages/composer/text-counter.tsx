import { useTranslation } from 'react-i18next';
import type { TextCount } from '../../../core/text/count.ts';
import { useFormat } from '../../i18n/format.ts';

/**
 * The length as the network counts it (`core/text`, the same function the server and
 * `POST /text/check` run), against the channel's limit; Bluesky also counts bytes.
 */
export function TextCounter({ count, id }: { count: TextCount | null; id: string }) {
  const { t } = useTranslation('composer');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  if (!count) {
    return (
      <p id={id} className="counter muted">
        {t('counter.noLimit')}
      </p>
    );
  }
  const over = count.length - count.limit;
  const bytesOver =
    count.bytes !== undefined && count.byteLimit !== undefined && count.bytes > count.byteLimit;
  const state = over > 0 || bytesOver ? 'over' : count.length > count.limit * 0.9 ? 'near' : 'ok';
  return (
    <p id={id} className={`counter counter-${state}`} aria-live="polite" data-testid="counter">
      <span className="visually-hidden">
        {t('counter.label', { network: tc(`networks.${count.network}`) })}:{' '}
      </span>
      <span data-length={count.length} data-limit={count.limit}>
        {t('counter.value', { length: fmt.number(count.length), limit: fmt.number(count.limit) })}
      </span>
      {count.bytes !== undefined && count.byteLimit !== undefined && (
        <span>
          {' · '}
          {t('counter.bytes', {
            bytes: fmt.number(count.bytes),
            byteLimit: fmt.number(count.byteLimit),
          })}
        </span>
      )}
      {over > 0 && <strong> · {t('counter.over', { count: over })}</strong>}
    </p>
  );
}

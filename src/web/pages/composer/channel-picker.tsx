import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../contracts/channels.ts';
import type { ExplainedDecision } from '../../../contracts/decisions.ts';
import { translateReason } from '../../../contracts/i18n/reasons.ts';

/**
 * The channels to write for. A channel the member may not draft on (the policy engine says so)
 * stays visible but disabled, with the reason in words.
 */
export function ChannelPicker({
  channels,
  selected,
  draftDecision,
  unitName,
  onToggle,
  disabled,
}: {
  channels: Channel[];
  selected: ReadonlySet<string>;
  draftDecision: (channelId: string) => ExplainedDecision | undefined;
  unitName: (id: string) => string | undefined;
  onToggle: (channelId: string, on: boolean) => void;
  disabled: boolean;
}) {
  const { t, i18n } = useTranslation('composer');
  const { t: tc } = useTranslation();
  const locale = i18n.language === 'de' ? 'de' : 'en';
  return (
    <fieldset className="channel-picker">
      <legend>{t('channels')}</legend>
      <p className="muted small">{t('channelsHint')}</p>
      <ul className="plain-list">
        {channels.map((c) => {
          const decision = draftDecision(c.id);
          const refused = decision !== undefined && !decision.allowed;
          const id = `channel-${c.id}`;
          return (
            <li key={c.id}>
              <input
                id={id}
                type="checkbox"
                checked={selected.has(c.id)}
                disabled={disabled || (refused && !selected.has(c.id))}
                aria-describedby={refused ? `${id}-why` : undefined}
                onChange={(e) => onToggle(c.id, e.target.checked)}
              />{' '}
              <label htmlFor={id}>
                {c.displayName}{' '}
                <span className="muted">
                  ({tc(`networks.${c.network}`)} · {unitName(c.unitId)})
                </span>
              </label>
              {refused && (
                <p id={`${id}-why`} className="muted small">
                  {t('mayNotDraft')}{' '}
                  {decision.reasons.map((r) => translateReason(r, locale, { unitName })).join(' ')}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

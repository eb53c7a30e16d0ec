import { useTranslation } from 'react-i18next';
import type { Delivery } from '../../../contracts/deliveries.ts';
import { FAILURE_KINDS } from '../../../contracts/deliveries.ts';
import { registerMessages } from '../../i18n/setup.ts';
import './deliveries.css';
import { deliveriesMessages } from './messages.ts';

// Also used by the dashboard, which may load before this page.
registerMessages('deliveries', deliveriesMessages);

type FailureKind = (typeof FAILURE_KINDS)[number];
const isFailureKind = (kind: string | null): kind is FailureKind =>
  (FAILURE_KINDS as readonly (string | null)[]).includes(kind);

/**
 * Why a delivery failed: its failure class in plain words, then what the network said. The
 * network's own message is shown as it came (it is often the one clue to what to change).
 */
export function DeliveryFailure({ delivery }: { delivery: Delivery }) {
  const { t } = useTranslation('deliveries');
  if (!delivery.failureKind && !delivery.lastError) return null;
  const kind = delivery.failureKind;
  return (
    <span className="delivery-failure">
      {isFailureKind(kind) ? t(`failure.${kind}`) : t('failure.unknown')}
      {delivery.lastError && (
        <>
          {' '}
          <span className="muted">{t('failure.error', { error: delivery.lastError })}</span>
        </>
      )}
    </span>
  );
}

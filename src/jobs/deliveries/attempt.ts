import { bumpRevision } from '../../app/activity.ts';
import { sealCredentials } from '../../app/channels/credentials.ts';
import type { Deps } from '../../app/deps.ts';
import { attemptPublish } from '../../networks/attempt.ts';
import { failureOf, NetworkError, type PublishFailure } from '../../networks/contract.ts';
import type { AdapterRegistry } from '../../networks/registry.ts';
import { backoffDelayMs, type BackoffPolicy } from './backoff.ts';
import type { ClaimedDelivery } from './claim.ts';
import type { DeliveryWork } from './load.ts';
import type { AttemptOutcome } from './record.ts';

export interface AttemptOptions {
  adapters: AdapterRegistry;
  backoff: BackoffPolicy;
  fetch: typeof globalThis.fetch;
  /** Aborts the network call (the lease is about to run out, or the worker stops). */
  signal: AbortSignal;
}

/**
 * Makes one attempt at a claimed delivery and says what became of it; never throws. The failure
 * classes map to what DESIGN.md §5 asks: `auth_expired` → refresh the credentials if the adapter
 * can (then try again at once) else fail; `rate_limited` → wait as told, the attempt not counted;
 * `rejected` → fail; `transient` → retry with backoff until the last attempt.
 */
export async function attemptDelivery(
  deps: Deps,
  claimed: ClaimedDelivery,
  /** From `loadDeliveryWork`: null when the variant or channel is gone, an Error if loading failed. */
  work: DeliveryWork | null | Error,
  opts: AttemptOptions,
): Promise<{ outcome: AttemptOutcome; network: string | null }> {
  let network: string | null = null;
  const outcome = await attempt();
  return { outcome, network };

  async function attempt(): Promise<AttemptOutcome> {
    const now = () => deps.now().getTime();
    const fail = (failure: PublishFailure): AttemptOutcome =>
      failure.kind === 'rate_limited'
        ? { kind: 'wait', failure, runAt: new Date(now() + failure.retryAfterMs) }
        : failure.kind === 'transient' && claimed.attempts < opts.backoff.maxAttempts
          ? {
              kind: 'retry',
              failure,
              runAt: new Date(now() + backoffDelayMs(opts.backoff, claimed.attempts)),
            }
          : { kind: 'failed', failure };

    if (work instanceof Error) {
      return fail({ kind: 'transient', message: `loading the delivery: ${work.message}` });
    }
    if (!work)
      return fail({ kind: 'rejected', reason: 'The post variant or its channel is gone.' });
    network = work.network;
    const adapter = opts.adapters.get(work.network);
    if (!adapter) {
      return fail({ kind: 'rejected', reason: `Mooring cannot publish to ${work.network} yet.` });
    }
    if (!work.credentials) {
      return fail({ kind: 'auth_expired', message: 'The channel has no credentials.' });
    }
    const issues = adapter.validate(work.input);
    if (issues.length > 0) {
      return fail({
        kind: 'rejected',
        reason: issues.map((i) => `${i.path}: ${i.message}`).join('; '),
      });
    }

    let ctx = {
      credentials: work.credentials,
      handle: work.handle,
      fetch: opts.fetch,
      signal: opts.signal,
    };
    for (let refreshed = false; ; refreshed = true) {
      try {
        return { kind: 'published', published: await attemptPublish(adapter, ctx, work.input) };
      } catch (err) {
        const failure = failureOf(err);
        if (failure.kind === 'auth_expired' && adapter.refreshAuth && !refreshed) {
          try {
            const credentials = await adapter.refreshAuth(ctx);
            await storeCredentials(deps, claimed, credentials);
            ctx = { ...ctx, credentials };
            continue;
          } catch (refreshErr) {
            return fail(
              refreshErr instanceof NetworkError
                ? refreshErr.failure
                : { kind: 'auth_expired', message: (refreshErr as Error).message },
            );
          }
        }
        return fail(failure);
      }
    }
  }
}

async function storeCredentials(
  deps: Deps,
  claimed: ClaimedDelivery,
  credentials: Record<string, string>,
): Promise<void> {
  // The revision moves with every change to a channel (caches of channels rest on it).
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('channels')
      .set({ credentials_enc: sealCredentials(deps.secrets, credentials), updated_at: deps.now() })
      .where('organization_id', '=', claimed.organizationId)
      .where('id', '=', claimed.channelId)
      .execute();
    await bumpRevision(tx, claimed.organizationId);
  });
}

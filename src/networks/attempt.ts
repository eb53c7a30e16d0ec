import type { AdapterContext, NetworkAdapter, PublishInput, Published } from './contract.ts';

/**
 * One publishing attempt as the worker makes it, in one place so that the contract suite tests
 * exactly what runs: a `reconcile` adapter first looks for the post an earlier attempt may have
 * made (the attempt may have reached the network before its worker died), and posts only if there
 * is none. Adapters with a record key or an idempotency key de-duplicate on the network's side.
 */
export async function attemptPublish(
  adapter: NetworkAdapter,
  ctx: AdapterContext,
  input: PublishInput,
): Promise<Published> {
  if (input.previousAttempts > 0 && adapter.idempotency === 'reconcile' && adapter.reconcile) {
    const earlier = await adapter.reconcile(ctx, input);
    if (earlier) return earlier;
  }
  return adapter.publish(ctx, input);
}

import { blueskyAdapter } from './bluesky/index.ts';
import type { NetworkAdapter } from './contract.ts';
import { linkedinAdapter } from './linkedin/index.ts';
import { mastodonAdapter } from './mastodon/index.ts';
import { webhookAdapter } from './webhook/index.ts';
import { xAdapter } from './x/index.ts';

/** The adapters Mooring publishes with, by channel network. A network without one cannot publish. */
export type AdapterRegistry = ReadonlyMap<string, NetworkAdapter>;

export const ADAPTERS: AdapterRegistry = new Map(
  [blueskyAdapter, linkedinAdapter, mastodonAdapter, webhookAdapter, xAdapter].map(
    (a) => [a.network, a] as const,
  ),
);

import type { Snapshot } from '../../core/governance/snapshot.ts';
import type { Actor, Deps } from '../deps.ts';

/** What the post use cases share inside their transaction. */
export interface PostContext {
  deps: Deps;
  actor: Actor;
  snapshot: Snapshot;
  /** The organization's IANA time zone, for posting windows. */
  timeZone: string;
  now: Date;
}

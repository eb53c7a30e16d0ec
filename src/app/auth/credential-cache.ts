import pg from 'pg';
import type { Logger } from 'pino';

/**
 * API tokens resolved before, per process, so that a request with a known token needs no query
 * to know its actor (PostgreSQL only; on PGlite nothing is cached).
 *
 * Correctness rests on PostgreSQL telling every process of every change: triggers (migration
 * `2026-11-30T0200-credential-notify`) send `NOTIFY mooring_credentials` with the organization's
 * id when a token is revoked or changed, a member changed or removed, or the organization changed
 * (its `revision` moves with every change to its structure). One dedicated connection listens;
 * on a notice every entry of that organization goes.
 *
 * - Served only while listening: a lost connection empties the cache and turns it off until a
 *   new connection listens again (it reconnects by itself).
 * - A fill is kept only if nothing was announced since its query began (`generation`): a change
 *   that committed after the query read the old rows may be announced before the fill.
 * - Expiry is checked on every hit (`expiresAt`); `last_used_at` updates announce nothing.
 * - Read your own writes: the server calls `fence()` after a write request, before it answers.
 *   PostgreSQL delivers notices to a connection in commit order and before the answer to a
 *   query it sends later, so one round trip on the listening connection after the commit
 *   guarantees the write's notice has arrived. Another process hears it when PostgreSQL
 *   delivers it, normally before the writer has answered its client.
 */

export const CREDENTIALS_CHANNEL = 'mooring_credentials';
/** The listening connection's `application_name` (pg_stat_activity shows it). */
export const LISTENER_NAME = 'mooring-credential-cache';

export interface CachedToken {
  tokenId: string;
  memberId: string;
  organizationId: string;
  locale: 'de' | 'en';
  revision: string;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
}

/** Entries kept at most; the oldest go first. */
const LIMIT = 10_000;
const RECONNECT_MS = 1_000;

export class CredentialCache {
  private readonly tokens = new Map<string, CachedToken>();
  private client: pg.Client | null = null;
  private live = false;
  private closed = false;
  private generation = 0;
  private reconnect: NodeJS.Timeout | null = null;

  private constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
  ) {}

  /** Starts listening; the cache serves once the first LISTEN has succeeded. */
  static async start(databaseUrl: string, logger: Logger): Promise<CredentialCache> {
    const cache = new CredentialCache(databaseUrl, logger);
    await cache.connect().catch((err: unknown) => {
      logger.warn({ err }, 'credential cache: cannot listen yet');
      cache.lost();
    });
    return cache;
  }

  get listening(): boolean {
    return this.live;
  }

  /** The token's entry, by the hash of the token. */
  get(tokenHash: string): CachedToken | undefined {
    return this.live ? this.tokens.get(tokenHash) : undefined;
  }

  /** Call before the query whose result may fill the cache; pass the answer to `fill`. */
  begin(): number {
    return this.live ? this.generation : -1;
  }

  fill(tokenHash: string, entry: CachedToken, began: number): void {
    if (!this.live || began !== this.generation) return;
    if (this.tokens.size >= LIMIT) this.tokens.delete(this.tokens.keys().next().value!);
    this.tokens.set(tokenHash, entry);
  }

  /** Waits until the notices of everything committed so far have arrived. */
  async fence(): Promise<void> {
    if (!this.live || !this.client) return;
    try {
      await this.client.query('select 1');
    } catch {
      this.lost();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.live = false;
    this.tokens.clear();
    if (this.reconnect) clearTimeout(this.reconnect);
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  private forget(organizationId: string): void {
    this.generation++;
    for (const [hash, entry] of this.tokens) {
      if (entry.organizationId === organizationId) this.tokens.delete(hash);
    }
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: LISTENER_NAME,
    });
    client.on('notification', (n) => {
      if (n.channel === CREDENTIALS_CHANNEL && n.payload) this.forget(n.payload);
    });
    // Only the current connection's end counts: an old one may end after a new one listens.
    client.on('error', (err) => {
      if (this.client !== client) return;
      this.logger.warn({ err }, 'credential cache: listening connection failed');
      this.lost();
    });
    client.on('end', () => {
      if (this.client === client) this.lost();
    });
    this.client = client;
    await client.connect();
    await client.query(`listen ${CREDENTIALS_CHANNEL}`);
    // Notices missed while not listening: start empty.
    this.tokens.clear();
    this.generation++;
    this.live = true;
  }

  private lost(): void {
    if (this.reconnect) return;
    this.live = false;
    this.generation++;
    this.tokens.clear();
    const old = this.client;
    this.client = null;
    void old?.end().catch(() => undefined);
    if (this.closed || this.reconnect) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      if (this.closed) return;
      this.connect().catch((err: unknown) => {
        this.logger.warn({ err }, 'credential cache: cannot listen yet');
        this.lost();
      });
    }, RECONNECT_MS);
    this.reconnect.unref();
  }
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { countMastodon } from '../../src/core/text/mastodon.ts';
import {
  accountById,
  accountJson,
  IMAGE_SIZE_LIMIT,
  instanceJson,
  mediaJson,
  readParams,
  statusJson,
  SUPPORTED_TYPES,
  VIDEO_SIZE_LIMIT,
  type FakeAccount,
  type FakeMedia,
  type FakeStatus,
  type FakeWorld,
  type Params,
} from './mastodon-entities.ts';

export type { FakeAccount, FakeMedia, FakeStatus } from './mastodon-entities.ts';

/**
 * A fake Mastodon server on loopback, for exactly the endpoints the adapter uses, answering with
 * Mastodon's documented entities (Account, Status, MediaAttachment, Instance v2) and errors
 * (`{"error": "…"}` with Mastodon's texts). What it does as Mastodon does:
 * - bearer tokens: an unknown token gets 401 `The access token is invalid`;
 * - `Idempotency-Key` on `POST /api/v1/statuses`, kept an hour per account (each token belongs to
 *   one account): a repeat answers the first status and creates nothing; a repeat whose status was
 *   deleted answers 404;
 * - media: `POST /api/v2/media` answers 200 with `url` set, or with `processingPolls` > 0 answers
 *   202 with `url: null`, then `GET /api/v1/media/:id` answers 206 with `url: null` that many times
 *   before 200; a status naming a file still processing is refused (422);
 * - length: 422 `Validation failed: Text character limit of N exceeded` when the text and content
 *   warning count more than `maxCharacters` as Mastodon counts (`core/text`);
 * - rate limits: `X-RateLimit-Limit`, `-Remaining`, `-Reset` (ISO time) on every answer, one
 *   budget per account (per client for requests without a token), 429 when it is spent.
 * Everything runs on `clock`, which a test may fix; the `Date` header follows it too.
 * Tests read `statuses`, `media` and `requests`, and turn the knobs.
 */
export interface FakeRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
  /** The status answered. */
  status: number;
}

interface Failure {
  n: number;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  when: (req: { method: string; path: string; params: Params }) => boolean;
}

export interface MastodonFake {
  /** The instance's base URL (`http://127.0.0.1:<port>`). */
  url: string;
  /** LOCAL_DOMAIN, the domain of handles and status URLs (`social.example`). */
  domain: string;
  /** The account the default token belongs to. */
  account: FakeAccount;
  token: string;
  /** Live statuses by id (deleting removes them). */
  statuses: Map<string, FakeStatus>;
  media: Map<string, FakeMedia>;
  /** Every request, in order, with the status it was answered. */
  requests: FakeRequest[];
  /** Requests to endpoints this fake does not serve (a test should end with none). */
  unhandled: string[];
  /** `configuration.statuses.max_characters`. */
  maxCharacters: number;
  /** How many polls a new upload answers 206 (`url: null`); 0 answers the upload with 200. */
  processingPolls: number;
  clock: () => number;
  /** Another account with its own token (idempotency keys and rate budgets are per account). */
  addAccount(username: string, displayName?: string): FakeAccount;
  /**
   * Answers the next `n` requests (that `when` picks, after the token check) with this status
   * and body (`{"error": …}` by default), plus the given headers.
   */
  failNext(
    n: number,
    status: number,
    options?: { headers?: Record<string, string>; body?: unknown; when?: Failure['when'] },
  ): void;
  /** Sets the rate budget of every account from now: `remaining` requests until `resetInSeconds`. */
  setRateLimit(budget: { limit?: number; remaining: number; resetInSeconds: number }): void;
  close(): Promise<void>;
}

export interface MastodonFakeOptions {
  domain?: string;
  username?: string;
  displayName?: string;
  maxCharacters?: number;
  processingPolls?: number;
  /** Requests per account per window (Mastodon: 300 per 5 minutes). */
  rateLimit?: number;
}

const RATE_PERIOD_MS = 5 * 60_000;
const IDEMPOTENCY_MS = 3_600_000;

class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}
const error = (status: number, message: string) => new Reply(status, { error: message });
const notFound = () => error(404, 'Record not found');

export async function startMastodonFake(options: MastodonFakeOptions = {}): Promise<MastodonFake> {
  const domain = options.domain ?? 'social.example';
  const accounts = new Map<string, FakeAccount>();
  const statuses = new Map<string, FakeStatus>();
  const media = new Map<string, FakeMedia>();
  const idempotency = new Map<string, { statusId: string; at: number }>();
  const budgets = new Map<string, { remaining: number; resetAt: number }>();
  const requests: FakeRequest[] = [];
  const unhandled: string[] = [];
  let failures: Failure[] = [];
  let rateLimit = options.rateLimit ?? 300;
  let nextId = 110_000_000_000_000_000n;
  const newId = () => String((nextId += 1n));

  const fake = {
    maxCharacters: options.maxCharacters ?? 500,
    processingPolls: options.processingPolls ?? 0,
    clock: () => Date.now(),
  };
  const iso = (ms: number) => new Date(ms).toISOString();
  const world: FakeWorld = {
    domain,
    accounts,
    statuses,
    media,
    get maxCharacters() {
      return fake.maxCharacters;
    },
  };

  function addAccount(username: string, displayName = username): FakeAccount {
    const account = { id: newId(), username, displayName, token: `token-${username}-${newId()}` };
    accounts.set(account.token, account);
    return account;
  }
  const main = addAccount(options.username ?? 'news', options.displayName ?? 'Bakery News');

  /** Spends one request from the budget of `key`; the headers to send, or a 429. */
  function spend(key: string): Reply | Record<string, string> {
    const now = fake.clock();
    let budget = budgets.get(key);
    if (!budget || now >= budget.resetAt) {
      budget = { remaining: rateLimit, resetAt: now + RATE_PERIOD_MS };
      budgets.set(key, budget);
    }
    const exhausted = budget.remaining <= 0;
    if (!exhausted) budget.remaining -= 1;
    const headers = {
      'x-ratelimit-limit': String(rateLimit),
      'x-ratelimit-remaining': String(budget.remaining),
      'x-ratelimit-reset': iso(budget.resetAt),
    };
    return exhausted ? new Reply(429, { error: 'Too many requests' }, headers) : headers;
  }

  function createStatus(account: FakeAccount, params: Params, key: string | null): Reply {
    const scope = key ? `${account.id}:${key}` : null;
    const seen = scope ? idempotency.get(scope) : undefined;
    if (seen && fake.clock() - seen.at < IDEMPOTENCY_MS) {
      const first = statuses.get(seen.statusId);
      return first ? new Reply(200, statusJson(world, first)) : notFound();
    }
    const mediaIds = params.getAll('media_ids[]');
    if (mediaIds.length > 4) return error(422, 'Cannot attach more than 4 files');
    for (const id of mediaIds) {
      const m = media.get(id);
      if (!m || m.accountId !== account.id || m.statusId !== null) {
        return error(422, `Could not find media attachment with ID ${id}`);
      }
      if (m.pendingPolls > 0) {
        return error(
          422,
          'Cannot attach files that have not finished processing. Try again in a moment!',
        );
      }
    }
    const text = params.get('status') ?? '';
    const spoilerText = params.get('spoiler_text') ?? '';
    if (!/\S/.test(text) && mediaIds.length === 0) {
      return error(422, "Validation failed: Text can't be blank");
    }
    if (countMastodon(text, spoilerText) > fake.maxCharacters) {
      return error(
        422,
        `Validation failed: Text character limit of ${fake.maxCharacters} exceeded`,
      );
    }
    const inReplyToId = params.get('in_reply_to_id');
    if (inReplyToId && !statuses.has(inReplyToId)) {
      return error(404, 'The post you are trying to reply to does not appear to exist.');
    }
    const status: FakeStatus = {
      id: newId(),
      accountId: account.id,
      text,
      spoilerText,
      inReplyToId: inReplyToId || null,
      mediaIds,
      visibility: params.get('visibility') ?? 'public',
      createdAt: iso(fake.clock()),
    };
    statuses.set(status.id, status);
    for (const id of mediaIds) media.get(id)!.statusId = status.id;
    if (scope) idempotency.set(scope, { statusId: status.id, at: fake.clock() });
    return new Reply(200, statusJson(world, status));
  }

  /** The uploaded file, or the 422 Mastodon answers for it. */
  function checkUpload(file: File | null): File | Reply {
    if (!file) return error(422, "Validation failed: File can't be blank");
    if (!SUPPORTED_TYPES.includes(file.type)) {
      return error(422, 'Validation failed: File content type is invalid, File is invalid');
    }
    const limit = file.type.startsWith('image/') ? IMAGE_SIZE_LIMIT : VIDEO_SIZE_LIMIT;
    if (file.size > limit) {
      return error(422, `Validation failed: File file size must be less than ${limit} Bytes`);
    }
    return file;
  }

  async function route(
    method: string,
    path: string,
    account: FakeAccount | undefined,
    params: Params,
    key: string | null,
  ): Promise<Reply> {
    const needsToken = () => error(401, 'The access token is invalid');
    let m: RegExpMatchArray | null;
    if (method === 'GET' && path === '/api/v2/instance') return new Reply(200, instanceJson(world));
    if (method === 'GET' && path === '/api/v1/accounts/verify_credentials') {
      if (!account) return needsToken();
      return new Reply(200, {
        ...accountJson(world, account),
        source: { privacy: 'public', sensitive: false, language: '', note: '', fields: [] },
      });
    }
    if (method === 'POST' && path === '/api/v2/media') {
      if (!account) return needsToken();
      const file = checkUpload(params.file);
      if (file instanceof Reply) return file;
      const item: FakeMedia = {
        id: newId(),
        accountId: account.id,
        mimeType: file.type,
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        description: params.get('description'),
        pendingPolls: fake.processingPolls,
        statusId: null,
      };
      media.set(item.id, item);
      return new Reply(item.pendingPolls > 0 ? 202 : 200, mediaJson(world, item));
    }
    if (method === 'GET' && (m = path.match(/^\/api\/v1\/media\/([^/]+)$/))) {
      if (!account) return needsToken();
      const item = media.get(m[1]!);
      // Only the owner's files not yet attached to a status, as Mastodon scopes the lookup.
      if (!item || item.accountId !== account.id || item.statusId !== null) return notFound();
      if (item.pendingPolls > 0) {
        item.pendingPolls -= 1;
        return new Reply(206, { ...mediaJson(world, item), url: null });
      }
      return new Reply(200, mediaJson(world, item));
    }
    if (method === 'POST' && path === '/api/v1/statuses') {
      if (!account) return needsToken();
      return createStatus(account, params, key);
    }
    if ((m = path.match(/^\/api\/v1\/statuses\/([^/]+)$/))) {
      const status = statuses.get(m[1]!);
      if (method === 'GET') return status ? new Reply(200, statusJson(world, status)) : notFound();
      if (method === 'DELETE') {
        if (!account) return needsToken();
        if (!status || status.accountId !== account.id) return notFound();
        const answer = statusJson(world, status, true);
        statuses.delete(status.id);
        for (const id of status.mediaIds) media.get(id)!.statusId = null;
        return new Reply(200, answer);
      }
    }
    if (method === 'GET' && (m = path.match(/^\/api\/v1\/accounts\/([^/]+)\/statuses$/))) {
      const owner = accountById(world, m[1]!);
      if (!owner) return notFound();
      const limit = Math.min(Math.max(Number(params.get('limit') ?? 20) || 20, 1), 40);
      const maxId = params.get('max_id');
      const sinceId = params.get('since_id');
      const list = [...statuses.values()]
        .filter((s) => s.accountId === owner.id)
        .filter((s) => params.get('exclude_replies') !== 'true' || s.inReplyToId === null)
        .filter((s) => !maxId || BigInt(s.id) < BigInt(maxId))
        .filter((s) => !sinceId || BigInt(s.id) > BigInt(sinceId))
        .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1))
        .slice(0, limit);
      return new Reply(
        200,
        list.map((s) => statusJson(world, s)),
      );
    }
    unhandled.push(`${method} ${path}`);
    return notFound();
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const method = req.method ?? 'GET';
        const path = new URL(req.url ?? '/', 'http://fake').pathname;
        const key = (req.headers['idempotency-key'] as string | undefined) ?? null;
        const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
        const account = bearer ? accounts.get(bearer) : undefined;
        let reply: Reply;
        let headers: Record<string, string> = {};
        if (bearer && !account) {
          reply = error(401, 'The access token is invalid');
          headers['www-authenticate'] =
            'Bearer realm="Doorkeeper", error="invalid_token", error_description="The access token is invalid"';
        } else {
          const spent = spend(account ? `account:${account.id}` : 'anonymous');
          if (spent instanceof Reply) reply = spent;
          else {
            headers = spent;
            const params = await readParams(req, Buffer.concat(chunks));
            const failure = failures.find((f) => f.n > 0 && f.when({ method, path, params }));
            if (failure) {
              failure.n -= 1;
              reply = new Reply(failure.status, failure.body, failure.headers);
            } else {
              reply = await route(method, path, account, params, key);
            }
          }
        }
        requests.push({ method, path, idempotencyKey: key, status: reply.status });
        res.writeHead(reply.status, {
          'content-type': 'application/json; charset=utf-8',
          date: new Date(fake.clock()).toUTCString(),
          ...headers,
          ...reply.headers,
        });
        res.end(JSON.stringify(reply.body));
      })().catch((err: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: String(err) }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    domain,
    account: main,
    token: main.token,
    statuses,
    media,
    requests,
    unhandled,
    addAccount,
    failNext(
      n: number,
      status: number,
      more: { headers?: Record<string, string>; body?: unknown; when?: Failure['when'] } = {},
    ) {
      failures = failures.filter((f) => f.n > 0);
      failures.push({
        n,
        status,
        headers: more.headers ?? {},
        body: more.body ?? { error: `Failing on purpose with ${status}` },
        when: more.when ?? (() => true),
      });
    },
    setRateLimit(budget: { limit?: number; remaining: number; resetInSeconds: number }) {
      rateLimit = budget.limit ?? rateLimit;
      const resetAt = fake.clock() + budget.resetInSeconds * 1000;
      for (const a of accounts.values()) {
        budgets.set(`account:${a.id}`, { remaining: budget.remaining, resetAt });
      }
      budgets.set('anonymous', { remaining: budget.remaining, resetAt });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

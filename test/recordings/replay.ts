import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import nock from 'nock';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { z } from 'zod';

/**
 * Recorded network exchanges, replayed for adapters whose network cannot run here (X, LinkedIn).
 *
 * A recording (`test/recordings/<network>/<name>.json`) is the exact sequence of HTTP exchanges
 * one test makes, written from the network's documented request and response formats. The replay
 * hands the adapter a `fetch` (the contract's `ctx.fetch`) that answers request n with exchange n
 * only if the request is exchange n's request: method, URL (query compared as a set of
 * parameters), the headers the recording names, and the body. Anything else — another request, a
 * request out of order, one too many — is answered by a failed connection and noted, and
 * `assertDone` (run after every test by `useRecordings`) fails the test with the difference, as it
 * does when a recorded exchange was never used.
 *
 * `useRecordings` also switches nock on for the file with every real connection refused, so an
 * adapter that bypasses `ctx.fetch` (node:http, the global fetch) is caught as well.
 */

const headersSchema = z.record(z.string(), z.string());

const requestSchema = z
  .object({
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
    url: z.url(),
    /** Headers the request must carry with exactly these values (names in any case). */
    headers: headersSchema.optional(),
    /** The body as JSON, compared structurally. */
    json: z.unknown().optional(),
    /** An `application/x-www-form-urlencoded` body, compared as a set of parameters. */
    form: z.record(z.string(), z.string()).optional(),
    /** A `multipart/form-data` body: text fields as strings, files as `{ base64 }`. */
    multipart: z
      .record(z.string(), z.union([z.string(), z.object({ base64: z.string() })]))
      .optional(),
    /** A raw body, byte for byte. */
    base64: z.string().optional(),
  })
  .strict();

const responseSchema = z
  .object({
    status: z.number().int().min(100).max(599),
    headers: headersSchema.optional(),
    json: z.unknown().optional(),
    text: z.string().optional(),
  })
  .strict();

const recordingSchema = z
  .object({
    /** What the exchanges show, for the reader. */
    description: z.string(),
    /** Where the request and response formats come from. */
    sources: z.array(z.string()).optional(),
    exchanges: z.array(
      z.object({ note: z.string().optional(), request: requestSchema, response: responseSchema }),
    ),
  })
  .strict();

export type Recording = z.infer<typeof recordingSchema>;
export type RecordedExchange = Recording['exchanges'][number];

/** A request the replay received, matched or not. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Buffer;
  /** The body as UTF-8 text. */
  text(): string;
  /** The body parsed as JSON. */
  json(): unknown;
}

export interface Replay {
  /** The `fetch` to hand to the adapter (`ctx.fetch`). */
  fetch: typeof globalThis.fetch;
  /** Every request received, in order. */
  received: ReceivedRequest[];
  /** Requests that did not match the next exchange, described. */
  problems: string[];
  /** Returns and clears the noted problems (for tests that provoke one on purpose). */
  takeProblems(): string[];
  /** Throws unless every exchange was used and nothing unrecorded was asked. */
  assertDone(): void;
}

const RECORDINGS_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Reads `test/recordings/<network>/<name>.json`; a missing file is an empty recording. */
export function loadRecording(network: string, name: string): Recording {
  const file = path.join(RECORDINGS_DIR, network, `${name}.json`);
  if (!existsSync(file)) return { description: `no exchanges (${network}/${name})`, exchanges: [] };
  const parsed = recordingSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function describeRequest(method: string, url: string): string {
  return `${method} ${url}`;
}

function sameQuery(a: URLSearchParams, b: URLSearchParams): boolean {
  const sorted = (p: URLSearchParams) =>
    [...p.entries()].map(([k, v]) => `${k}=${v}`).sort((x, y) => x.localeCompare(y));
  return isDeepStrictEqual(sorted(a), sorted(b));
}

/**
 * The fields of a `multipart/form-data` body: parts with a Content-Type of their own (files) as
 * `{ base64 }`, others as text. Parsed by hand because a file part without a filename (what
 * twitter-api-v2 sends) would come back from `Response.formData()` as lossy text.
 */
function multipartFields(req: ReceivedRequest): Record<string, unknown> | null {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(req.headers['content-type'] ?? '');
  if (!boundary) return null;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const fields: Record<string, unknown> = {};
  let at = req.body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (req.body.subarray(start, start + 2).toString() === '--') return fields;
    const end = req.body.indexOf(delimiter, start);
    if (end === -1) return null;
    // Each part: CRLF, headers, CRLF CRLF, content, CRLF, then the next delimiter.
    const part = req.body.subarray(start + 2, end - 2);
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const name = /name="([^"]*)"/.exec(head)?.[1] ?? '';
    fields[name] = /^content-type:/im.test(head)
      ? { base64: content.toString('base64') }
      : content.toString('utf8');
    at = end;
  }
  return null;
}

/** Why `req` is not `expected`, or null when it is. */
function mismatch(expected: RecordedExchange['request'], req: ReceivedRequest): string | null {
  const want = new URL(expected.url);
  const got = new URL(req.url);
  if (req.method !== expected.method) return `method ${req.method}, recorded ${expected.method}`;
  if (got.origin !== want.origin || got.pathname !== want.pathname) {
    return `path ${got.origin}${got.pathname}, recorded ${want.origin}${want.pathname}`;
  }
  if (!sameQuery(got.searchParams, want.searchParams)) {
    return `query ${got.search || '(none)'}, recorded ${want.search || '(none)'}`;
  }
  for (const [name, value] of Object.entries(expected.headers ?? {})) {
    const actual = req.headers[name.toLowerCase()];
    if (actual !== value) return `header ${name}: ${actual ?? '(absent)'}, recorded ${value}`;
  }
  if (expected.json !== undefined) {
    let body: unknown;
    try {
      body = req.json();
    } catch {
      return `body is not JSON: ${req.text().slice(0, 200)}`;
    }
    if (!isDeepStrictEqual(body, expected.json)) {
      return `JSON body ${JSON.stringify(body)}, recorded ${JSON.stringify(expected.json)}`;
    }
  }
  if (expected.form !== undefined) {
    const body = new URLSearchParams(req.text());
    if (!sameQuery(body, new URLSearchParams(expected.form))) {
      return `form body ${req.text()}, recorded ${new URLSearchParams(expected.form).toString()}`;
    }
  }
  if (expected.multipart !== undefined) {
    const fields = multipartFields(req);
    if (!isDeepStrictEqual(fields, expected.multipart)) {
      return `multipart body ${JSON.stringify(fields)}, recorded ${JSON.stringify(expected.multipart)}`;
    }
  }
  if (expected.base64 !== undefined && req.body.toString('base64') !== expected.base64) {
    return `body ${req.body.toString('base64')} (base64), recorded ${expected.base64}`;
  }
  const hasBody =
    expected.json !== undefined ||
    expected.form !== undefined ||
    expected.multipart !== undefined ||
    expected.base64 !== undefined;
  if (!hasBody && req.body.length > 0) return `unexpected body ${req.text().slice(0, 200)}`;
  return null;
}

function responseOf(recorded: RecordedExchange['response']): Response {
  const headers = new Headers(recorded.headers);
  let body: string | null = recorded.text ?? null;
  if (recorded.json !== undefined) {
    body = JSON.stringify(recorded.json);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  // 204 and 304 may carry no body (the Response constructor refuses one).
  if (recorded.status === 204 || recorded.status === 304) body = null;
  return new Response(body, { status: recorded.status, headers });
}

/** Requests that went around the replay's `fetch` and were stopped by nock. */
const escapedRequests: string[] = [];

/** Returns and clears the requests nock stopped (for a test that provokes one on purpose). */
export function takeEscapedRequests(): string[] {
  return escapedRequests.splice(0);
}

function noteEscaped(req: { method?: string; href?: string; path?: string; host?: string }) {
  const where = req.href ?? `${req.host ?? '?'}${req.path ?? ''}`;
  escapedRequests.push(
    `request around the replay (no real connection allowed): ${req.method} ${where}`,
  );
}

/** Serves `recording` in order through the returned `fetch`. */
export function startReplay(recording: Recording): Replay {
  let next = 0;
  const received: ReceivedRequest[] = [];
  let problems: string[] = [];

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.signal.aborted) throw request.signal.reason;
    const body = Buffer.from(await request.arrayBuffer());
    const req: ReceivedRequest = {
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body,
      text: () => body.toString('utf8'),
      json: () => JSON.parse(body.toString('utf8')) as unknown,
    };
    received.push(req);
    const exchange = recording.exchanges[next];
    const reason = exchange
      ? mismatch(exchange.request, req)
      : 'the recording has no more exchanges';
    if (reason !== null) {
      const wanted = exchange
        ? ` (exchange ${next + 1}: ${describeRequest(exchange.request.method, exchange.request.url)})`
        : '';
      problems.push(
        `unrecorded request ${describeRequest(req.method, req.url)}${wanted}: ${reason}`,
      );
      // What a refused connection looks like to the caller.
      throw new TypeError(
        `fetch failed: unrecorded request ${describeRequest(req.method, req.url)}`,
      );
    }
    next += 1;
    return responseOf(exchange!.response);
  };

  return {
    fetch,
    received,
    get problems() {
      return problems;
    },
    takeProblems() {
      const taken = problems;
      problems = [];
      return taken;
    },
    assertDone() {
      const lines = [...problems, ...escapedRequests.splice(0)];
      recording.exchanges.slice(next).forEach((e, i) => {
        lines.push(
          `exchange ${next + i + 1} never used: ${describeRequest(e.request.method, e.request.url)}`,
        );
      });
      if (lines.length > 0) {
        throw new Error(`Replay of "${recording.description}":\n- ${lines.join('\n- ')}`);
      }
    },
  };
}

/**
 * For one test file: refuses every real connection (nock), and after each test checks the replay
 * started with `play` (all exchanges used, nothing unrecorded asked, nothing around the replay).
 */
export function useRecordings(network: string) {
  let current: Replay | null = null;
  beforeAll(() => {
    // nock stays loaded in a worker that runs several files; it is switched off again below so
    // that files after this one (a local PDS, a loopback receiver) connect as usual.
    if (!nock.isActive()) nock.activate();
    nock.disableNetConnect();
    nock.emitter.on('no match', noteEscaped);
  });
  afterEach(() => {
    const replay = current;
    current = null;
    if (replay) replay.assertDone();
    else if (escapedRequests.length > 0) {
      throw new Error(`- ${escapedRequests.splice(0).join('\n- ')}`);
    }
  });
  afterAll(() => {
    nock.emitter.removeListener('no match', noteEscaped);
    nock.cleanAll();
    nock.enableNetConnect();
    nock.restore();
  });
  return {
    /** Starts the replay of `test/recordings/<network>/<name>.json` for the current test. */
    play(name: string): Replay {
      current = startReplay(loadRecording(network, name));
      return current;
    },
  };
}

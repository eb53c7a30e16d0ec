import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpClient } from './http-client.ts';

/** A loopback server that answers by path, and remembers what it was sent. */
let server: http.Server;
let base: string;
const seen: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      switch (req.url) {
        case '/created':
          res.writeHead(201, {
            'content-type': 'application/json',
            'retry-after': '7',
            'set-cookie': ['a=1', 'b=2'],
          });
          return res.end(JSON.stringify({ got: body }));
        case '/empty':
          res.writeHead(204);
          return res.end();
        case '/moved':
          res.writeHead(307, { location: '/created' });
          return res.end('moved');
        case '/slow':
          return setTimeout(() => res.end('late'), 2_000);
        default:
          res.writeHead(429, { 'retry-after': '3' });
          return res.end('slow down');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => server.close());

describe('the worker’s HTTP client', () => {
  it('sends method, headers and body, and answers with a real Response', async () => {
    const client = createHttpClient();
    const res = await client.fetch(`${base}/created`, {
      method: 'post',
      headers: { 'content-type': 'application/json', 'x-key': 'k1' },
      body: '{"a":1}',
    });
    expect(res).toBeInstanceOf(Response);
    expect(res.status).toBe(201);
    expect(res.ok).toBe(true);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await res.json()).toEqual({ got: '{"a":1}' });
    const sent = seen.at(-1)!;
    expect(sent).toMatchObject({ method: 'POST', url: '/created', body: '{"a":1}' });
    expect(sent.headers['x-key']).toBe('k1');
    await client.close();
  });

  it('takes headers as a Headers object or pairs, and bytes as the body', async () => {
    const client = createHttpClient();
    await client.fetch(`${base}/created`, {
      method: 'PUT',
      headers: new Headers({ 'x-one': '1' }),
      body: new TextEncoder().encode('bytes'),
    });
    expect(seen.at(-1)).toMatchObject({ method: 'PUT', body: 'bytes' });
    expect(seen.at(-1)!.headers['x-one']).toBe('1');
    await client.fetch(`${base}/created`, { headers: [['x-two', '2']] });
    expect(seen.at(-1)!.headers['x-two']).toBe('2');
    await client.close();
  });

  it('gives error statuses as they are, and a 204 without a body', async () => {
    const client = createHttpClient();
    const limited = await client.fetch(`${base}/limited`, { method: 'POST', body: 'x' });
    expect(limited.status).toBe(429);
    expect(limited.ok).toBe(false);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(await limited.text()).toBe('slow down');
    const empty = await client.fetch(`${base}/empty`, { method: 'DELETE' });
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
    await client.close();
  });

  it('follows a redirect as fetch does, through fetch', async () => {
    const fallback = vi.fn(globalThis.fetch);
    const client = createHttpClient({ fallback });
    const res = await client.fetch(`${base}/moved`, { method: 'POST', body: 'again' });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ got: 'again' });
    expect(fallback).toHaveBeenCalledTimes(1);
    await client.close();
  });

  it('hands what it does not send itself to fetch: FormData, Request, manual redirects', async () => {
    const fallback = vi.fn(globalThis.fetch);
    const client = createHttpClient({ fallback });
    const form = new FormData();
    form.set('field', 'value');
    await client.fetch(`${base}/created`, { method: 'POST', body: form });
    await client.fetch(new Request(`${base}/created`));
    await client.fetch(`${base}/moved`, { redirect: 'manual' });
    expect(fallback).toHaveBeenCalledTimes(3);
    expect(seen.at(-3)!.headers['content-type']).toMatch(/^multipart\/form-data/);
    await client.close();
  });

  it('gives up when the signal aborts', async () => {
    const client = createHttpClient();
    const started = Date.now();
    await expect(
      client.fetch(`${base}/slow`, { signal: AbortSignal.timeout(100) }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_500);
    await client.close();
  });

  it('refuses a connection nobody answers with an error, not a hang', async () => {
    const client = createHttpClient();
    await expect(client.fetch('http://127.0.0.1:9/nothing')).rejects.toThrow();
    await client.close();
  });
});

import type { Deps } from '../src/app/deps.ts';
import { buildServer, type App } from '../src/http/server.ts';
import { TEST_PASSWORD } from './factories.ts';

export interface TestServer {
  app: App;
  url: string;
  close(): Promise<void>;
}

/** The real server on a random loopback port. */
export async function startTestServer(
  deps: Deps,
  opts: { loginRateLimit?: number } = {},
): Promise<TestServer> {
  const app = await buildServer(deps, {
    cookieSecure: false,
    loginRateLimit: opts.loginRateLimit ?? 1000,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url, close: () => app.close() };
}

export interface Client {
  request(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  get(path: string): Promise<{ status: number; body: any }>;
  post(path: string, body?: unknown): Promise<{ status: number; body: any }>;
  patch(path: string, body?: unknown): Promise<{ status: number; body: any }>;
  put(path: string, body?: unknown): Promise<{ status: number; body: any }>;
  delete(path: string): Promise<{ status: number; body: any }>;
}

/** A client that sends a session cookie and its CSRF token, a bearer token, or nothing. */
export function client(
  server: TestServer,
  auth: { cookie: string; csrf: string } | { bearer: string } | null = null,
): Client {
  const request = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (auth && 'cookie' in auth) {
      headers.cookie = auth.cookie;
      headers['x-csrf-token'] = auth.csrf;
    }
    if (auth && 'bearer' in auth) headers.authorization = `Bearer ${auth.bearer}`;
    const res = await fetch(server.url + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    // Media bytes and calendar feeds come back as they are.
    const json = res.headers.get('content-type')?.includes('json') ?? false;
    const parsed: unknown = text ? (json ? JSON.parse(text) : text) : null;
    return { status: res.status, body: parsed, headers: res.headers };
  };
  return {
    request,
    get: (p) => request('GET', p),
    post: (p, b) => request('POST', p, b ?? {}),
    patch: (p, b) => request('PATCH', p, b ?? {}),
    put: (p, b) => request('PUT', p, b ?? {}),
    delete: (p) => request('DELETE', p),
  };
}

/** Signs in through the API and returns a client carrying the session. */
export async function signIn(
  server: TestServer,
  email: string,
  password = TEST_PASSWORD,
): Promise<Client> {
  const res = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const body = (await res.json()) as { csrfToken: string };
  return client(server, { cookie, csrf: body.csrfToken });
}

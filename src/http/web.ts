import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The browser may run only what this server sent; inline styles stay allowed because React Flow
 * positions its nodes with style attributes.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The built web app (`dist/web`) if it is there: a folder with an `index.html`. */
export function findWebApp(root: string | undefined): string | null {
  if (!root) return null;
  return fs.existsSync(path.join(root, 'index.html')) ? root : null;
}

function pageHeaders(reply: FastifyReply): void {
  // The page names the hashed bundles of this build: always ask again, so a deploy shows at once.
  reply.header('cache-control', 'no-cache');
  reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'same-origin');
}

/**
 * Serves the web app from `root`: hashed bundles under `/assets` cached for a year, `index.html`
 * for `/`. Paths of the app itself (`/compose`, `/organization`) are answered by `spaFallback`.
 */
export async function registerWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: 'index.html',
    cacheControl: false,
    schemaHide: true,
    setHeaders: (reply, file) => {
      if (file.includes(`${path.sep}assets${path.sep}`)) {
        reply.header('cache-control', 'public, max-age=31536000, immutable');
      } else {
        pageHeaders(reply);
      }
    },
  });
}

/**
 * The not-found handler when the web app is served: a browser navigation to a path of the app
 * (anything outside `/api` and `/assets` that asks for HTML) gets `index.html`, and the app's
 * router takes over; everything else gets `otherwise` (the API's JSON 404).
 */
export function spaFallback(otherwise: (request: FastifyRequest, reply: FastifyReply) => unknown) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const url = request.url.split('?')[0] ?? '';
    const page =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !url.startsWith('/api/') &&
      url !== '/api' &&
      !url.startsWith('/assets/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (!page) return otherwise(request, reply);
    pageHeaders(reply);
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  };
}

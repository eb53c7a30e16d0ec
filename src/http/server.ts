import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Deps } from '../app/deps.ts';
import { registerAuth } from './auth.ts';
import { handleError, handleNotFound } from './errors.ts';
import { createMetrics, registerMetrics, type Metrics } from './metrics.ts';
import { registerRoutes } from './routes/index.ts';
import { serializerCompiler } from './serializer.ts';
import { refuseNulCharacters } from './text-input.ts';
import { findWebApp, registerWebApp, spaFallback } from './web.ts';

export interface ServerOptions {
  cookieSecure: boolean;
  /** Login attempts per minute per client address and email. */
  loginRateLimit?: number;
  /** Shared with the in-process worker, whose outcomes it counts; one of its own otherwise. */
  metrics?: Metrics;
  /** The built web app (`dist/web`); served at `/` when it holds an `index.html`. */
  webRoot?: string;
}

export type App = FastifyInstance;

/** Builds the HTTP server: validation and OpenAPI from zod, auth, every route under /api/v1. */
export async function buildServer(deps: Deps, opts: ServerOptions): Promise<App> {
  const logger: FastifyBaseLogger = deps.logger;
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  const webRoot = findWebApp(opts.webRoot);
  app.setNotFoundHandler(webRoot ? spaFallback(handleNotFound) : handleNotFound);

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Mooring API',
        version: '1',
        description:
          'Social media anchored in the organization. Authenticate with the session cookie (browser; ' +
          'writes need the x-csrf-token header) or a personal API token as `Authorization: Bearer mrg_…`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'mooring_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, () =>
    app.swagger(),
  );
  if (webRoot) {
    await registerWebApp(app, webRoot);
  } else {
    // No built web app (API-only tests, `npm run build` not run): the root leads to the reference.
    app.get('/', { config: { public: true }, schema: { hide: true } }, (_req, reply) =>
      reply.redirect('/api/docs'),
    );
  }
  app.get('/healthz', { config: { public: true }, schema: { hide: true } }, () => ({ ok: true }));
  registerMetrics(app, opts.metrics ?? createMetrics(deps));

  await app.register(
    async (api) => {
      registerAuth(api, deps);
      api.addHook('preValidation', refuseNulCharacters);
      await registerRoutes(api, deps, opts);
    },
    { prefix: '/api/v1' },
  );
  return app;
}

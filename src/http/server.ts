import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Deps } from '../app/deps.ts';
import { registerAuth } from './auth.ts';
import { handleError, handleNotFound } from './errors.ts';
import { registerRoutes } from './routes/index.ts';
import { refuseNulCharacters } from './text-input.ts';

export interface ServerOptions {
  cookieSecure: boolean;
  /** Login attempts per minute per client address and email. */
  loginRateLimit?: number;
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
  app.setNotFoundHandler(handleNotFound);

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
  // Until the web app lands (Step 6), the root leads to the API reference.
  app.get('/', { config: { public: true }, schema: { hide: true } }, (_req, reply) =>
    reply.redirect('/api/docs'),
  );
  app.get('/healthz', { config: { public: true }, schema: { hide: true } }, () => ({ ok: true }));

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

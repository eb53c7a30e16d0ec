import type { Db } from '../src/db/connect.ts';
import { buildServer } from '../src/http/server.ts';
import { testDeps } from './factories.ts';

/** The parts of JSON Schema (OpenAPI 3.0 flavour) that the API's contracts produce. */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
}

export interface ApiRoute {
  /** `METHOD /api/v1/path`, with `{id}` for path parameters. */
  key: string;
  method: string;
  path: string;
  params: { in: string; name: string; schema: JsonSchema }[];
  body: JsonSchema | null;
}

export const WRITE_METHODS: readonly string[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

interface Operation {
  parameters?: ApiRoute['params'];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

/**
 * Every route of the OpenAPI document. Building the server runs no query, so no database is
 * needed and test files can derive their tables while they are collected.
 */
export async function apiRoutes(): Promise<ApiRoute[]> {
  const app = await buildServer(testDeps(null as unknown as Db), { cookieSecure: false });
  await app.ready();
  const doc = app.swagger() as { paths: Record<string, Record<string, Operation>> };
  await app.close();
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, op]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      params: op.parameters ?? [],
      body: op.requestBody?.content['application/json']?.schema ?? null,
    })),
  );
}

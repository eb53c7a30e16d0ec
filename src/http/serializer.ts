import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * Response bodies are written by fast-json-stringify (what Fastify uses for JSON Schema routes)
 * from the JSON Schema that zod derives for the route's response (output side), compiled once per
 * route at start. Zod's own serializer checks every field of every response before
 * `JSON.stringify`, which was the largest cost of a list request.
 *
 * What stays: only the schema's properties are written, so a row with more columns cannot leak
 * them (as with zod's strip); a missing required property still fails the response. The handlers'
 * return types are checked against the same schemas by the compiler. Where zod cannot express a
 * schema as JSON Schema (dates, codecs, custom types), the route keeps zod's serializer.
 */
export const serializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  const json = responseJsonSchema(route.schema);
  if (!json) return zodSerializerCompiler(route as never);
  const write = fastJson(json as never);
  return (data: unknown) => write(data) as string;
};

function responseJsonSchema(schema: unknown): object | null {
  const zodSchema =
    schema instanceof z.ZodType
      ? schema
      : schema !== null &&
          typeof schema === 'object' &&
          'properties' in schema &&
          schema.properties instanceof z.ZodType
        ? schema.properties
        : null;
  if (!zodSchema) return null;
  try {
    return z.toJSONSchema(zodSchema, {
      io: 'output',
      target: 'draft-7',
      unrepresentable: 'throw',
    });
  } catch {
    return null;
  }
}

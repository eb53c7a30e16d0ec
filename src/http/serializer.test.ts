import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channelSchema } from '../contracts/channels.ts';
import { errorResponse } from '../contracts/common.ts';
import { serializerCompiler } from './serializer.ts';

function compile(schema: z.ZodType): (data: unknown) => string {
  return serializerCompiler({ schema, method: 'GET', url: '/x', httpStatus: '200' });
}

function zodCompile(schema: z.ZodType): (data: unknown) => string {
  return zodSerializerCompiler({ schema, method: 'GET', url: '/x', httpStatus: '200' });
}

const channel = {
  id: '0b5e3c2a-4f51-4a8e-9a59-3f0f6c1d2e10',
  unitId: '6f1d0a3e-2b7c-4d9e-8f00-1a2b3c4d5e6f',
  network: 'mastodon',
  handle: '@news@social.example',
  displayName: 'News "quoted" \u2028 line',
  hasCredentials: true,
  sensitive: false,
  limits: {},
  createdAt: '2026-11-29T20:11:58.123Z',
  updatedAt: '2026-11-29T20:11:58.123Z',
};

describe('response serializer', () => {
  it('writes what zod writes', () => {
    const list = z.object({ items: z.array(channelSchema) });
    const body = { items: [channel, { ...channel, limits: { maxChars: 500 } }] };
    expect(JSON.parse(compile(list)(body))).toEqual(JSON.parse(zodCompile(list)(body)));
    const error = {
      error: {
        code: 'bad_input',
        message: 'Nicht gültig',
        details: [{ code: 'too_small', path: 'body.name', params: { min: 1 } }],
      },
    };
    expect(JSON.parse(compile(errorResponse)(error))).toEqual(
      JSON.parse(zodCompile(errorResponse)(error)),
    );
  });

  it('never writes a property the schema does not name', () => {
    const written = JSON.parse(
      compile(channelSchema)({ ...channel, credentials_enc: 'secret', organization_id: 'x' }),
    ) as Record<string, unknown>;
    expect(written).not.toHaveProperty('credentials_enc');
    expect(written).not.toHaveProperty('organization_id');
    expect(Object.keys(written).sort()).toEqual(Object.keys(channel).sort());
  });

  it('fails a response that lacks a required property', () => {
    const { handle: _handle, ...incomplete } = channel;
    expect(() => compile(channelSchema)(incomplete)).toThrow(/handle/);
  });

  it('keeps zod where JSON Schema cannot say what the schema does', () => {
    const dated = z.object({ at: z.date() });
    expect(compile(dated)({ at: new Date(0) })).toBe('{"at":"1970-01-01T00:00:00.000Z"}');
    expect(() => compile(dated)({ at: 'yesterday' })).toThrow();
  });
});

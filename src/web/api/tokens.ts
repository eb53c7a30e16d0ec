import type { z } from 'zod';
import { okResponse } from '../../contracts/common.ts';
import type { createApiTokenBody } from '../../contracts/tokens.ts';
import { apiTokenSchema, createdApiTokenSchema } from '../../contracts/tokens.ts';
import { itemsOf, request } from './client.ts';

export async function listTokens() {
  return (await request(itemsOf(apiTokenSchema), 'GET', '/tokens')).items;
}

/** The answer carries the token itself, this one time. */
export function createToken(input: z.input<typeof createApiTokenBody>) {
  return request(createdApiTokenSchema, 'POST', '/tokens', { body: input });
}

export function revokeToken(id: string) {
  return request(okResponse, 'DELETE', `/tokens/${id}`);
}

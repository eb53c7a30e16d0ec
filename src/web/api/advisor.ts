import type { z } from 'zod';
import type { advisorRequestSchema } from '../../contracts/advisor.ts';
import { adviceSchema } from '../../contracts/advisor.ts';
import { request } from './client.ts';

/** Ranks the five models for a profile; writes nothing. */
export function advise(input: z.input<typeof advisorRequestSchema>) {
  return request(adviceSchema, 'POST', '/advisor', { body: input });
}

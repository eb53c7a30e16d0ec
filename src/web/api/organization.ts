import type { z } from 'zod';
import { channelSchema } from '../../contracts/channels.ts';
import { page } from '../../contracts/common.ts';
import type { decideQuery } from '../../contracts/decisions.ts';
import { decisionSchema } from '../../contracts/decisions.ts';
import { effectiveGuidelinesSchema } from '../../contracts/guidelines.ts';
import { memberSchema, type Member } from '../../contracts/members.ts';
import { organizationSchema } from '../../contracts/organization.ts';
import { unitSchema } from '../../contracts/units.ts';
import { itemsOf, request } from './client.ts';

export function getOrganization() {
  return request(organizationSchema, 'GET', '/organization');
}

export async function listUnits() {
  return (await request(itemsOf(unitSchema), 'GET', '/units')).items;
}

export async function listChannels() {
  return (await request(itemsOf(channelSchema), 'GET', '/channels')).items;
}

/** Every member, all pages read (organizations hold hundreds, not millions). */
export async function listMembers(): Promise<Member[]> {
  const all: Member[] = [];
  let cursor: string | undefined;
  do {
    const res = await request(page(memberSchema), 'GET', '/members', {
      query: { limit: 200, cursor },
    });
    all.push(...res.items);
    cursor = res.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

export function getEffectiveGuidelines(unitId: string) {
  return request(effectiveGuidelinesSchema, 'GET', `/units/${unitId}/guidelines/effective`);
}

/** Asks the policy engine whether the signed-in member may do `action`, with reasons. */
export function decide(query: z.input<typeof decideQuery>) {
  return request(decisionSchema, 'GET', '/decide', { query });
}

import type { z } from 'zod';
import type { dutiesQuery, dutyStatusQuery } from '../../contracts/duties.ts';
import { dutyNoticeSchema, dutyPage, dutyStatusPage } from '../../contracts/duties.ts';
import { request } from './client.ts';

/** The signed-in member's duty notices, newest first. */
export function listDuties(query: Partial<z.output<typeof dutiesQuery>> = {}) {
  return request(dutyPage, 'GET', '/duties', { query });
}

export function acknowledgeDuty(id: string) {
  return request(dutyNoticeSchema, 'POST', `/duties/${id}/acknowledge`);
}

/** Admins: per cause, who has not acknowledged its notice yet. */
export function dutyStatus(query: Partial<z.output<typeof dutyStatusQuery>> = {}) {
  return request(dutyStatusPage, 'GET', '/duties/status', { query });
}

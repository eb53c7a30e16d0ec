import type { CalendarQuery } from '../../contracts/calendar.ts';
import { calendarFeedResponse, calendarResponse } from '../../contracts/calendar.ts';
import { campaignSchema } from '../../contracts/campaigns.ts';
import { itemsOf, request } from './client.ts';

/** The entries due in `[from, to)` the member may see, each with its conflicts. */
export function getCalendar(query: CalendarQuery) {
  return request(calendarResponse, 'GET', '/calendar', { query });
}

/** A new private iCalendar feed URL; the previous one stops working. Shown this once. */
export function rotateCalendarFeed() {
  return request(calendarFeedResponse, 'POST', '/calendar/feed', { body: {} });
}

export async function listCampaigns() {
  return (await request(itemsOf(campaignSchema), 'GET', '/campaigns')).items;
}

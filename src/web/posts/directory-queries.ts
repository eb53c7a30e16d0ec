import { listChannels, listMembers, listUnits } from '../api/organization.ts';
import { queryKeys } from '../api/query-keys.ts';

/**
 * The queries behind `useDirectory`, without React: a page can ask for them before its code has
 * loaded (the calendar does, on a visit straight to it).
 */
export const directoryQueries = {
  units: { queryKey: queryKeys.units, queryFn: listUnits },
  channels: { queryKey: queryKeys.channels, queryFn: listChannels },
  members: { queryKey: queryKeys.members, queryFn: listMembers },
};

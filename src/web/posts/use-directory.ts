import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Channel } from '../../contracts/channels.ts';
import type { Member } from '../../contracts/members.ts';
import type { Unit } from '../../contracts/units.ts';
import { directoryQueries } from './directory-queries.ts';

export interface Directory {
  units: Unit[];
  channels: Channel[];
  members: Member[];
  unit: (id: string | null | undefined) => Unit | undefined;
  channel: (id: string) => Channel | undefined;
  memberName: (id: string) => string;
  unitName: (id: string) => string | undefined;
}

/** Units, channels and members of the organization, to name what posts refer to by id. */
export function useDirectory(): { directory: Directory | undefined; error: unknown } {
  const units = useQuery(directoryQueries.units);
  const channels = useQuery(directoryQueries.channels);
  const members = useQuery(directoryQueries.members);
  const directory = useMemo(() => {
    if (!units.data || !channels.data || !members.data) return undefined;
    const unitById = new Map(units.data.map((u) => [u.id, u]));
    const channelById = new Map(channels.data.map((c) => [c.id, c]));
    const memberById = new Map(members.data.map((m) => [m.id, m]));
    return {
      units: units.data,
      channels: channels.data,
      members: members.data,
      unit: (id) => (id ? unitById.get(id) : undefined),
      channel: (id) => channelById.get(id),
      memberName: (id) => memberById.get(id)?.name ?? '?',
      unitName: (id) => unitById.get(id)?.name,
    } satisfies Directory;
  }, [units.data, channels.data, members.data]);
  return { directory, error: units.error ?? channels.error ?? members.error ?? null };
}

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

/** Units in tree order, each with its depth, so the list reads like the organization chart. */
export function unitsInTreeOrder(
  directory: Directory,
): { id: string; name: string; depth: number }[] {
  const children = new Map<string | null, Directory['units']>();
  for (const u of directory.units) {
    const list = children.get(u.parentId) ?? [];
    list.push(u);
    children.set(u.parentId, list);
  }
  const out: { id: string; name: string; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    for (const u of list) {
      out.push({ id: u.id, name: u.name, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

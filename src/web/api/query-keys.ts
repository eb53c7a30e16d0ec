/** React Query keys in one place, so a write invalidates exactly what it changed. */
export const queryKeys = {
  me: ['me'] as const,
  organization: ['organization'] as const,
  units: ['units'] as const,
  members: ['members'] as const,
  channels: ['channels'] as const,
  strategy: ['strategy'] as const,
  notifications: ['notifications'] as const,
  posts: ['posts'] as const,
  postList: (filter: Record<string, string | undefined>) => ['posts', 'list', filter] as const,
  post: (id: string) => ['posts', 'one', id] as const,
  guidelines: (unitId: string) => ['guidelines', unitId] as const,
  decide: (action: string, target: string) => ['decide', action, target] as const,
  media: (id: string) => ['media', id] as const,
};

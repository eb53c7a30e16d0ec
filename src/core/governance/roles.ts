import type { Role } from './types.ts';

/**
 * Roles as ranks, so that "editor or higher" is a comparison. `NO_ROLE` means the actor holds no
 * membership that counts for the question at hand.
 */
export const NO_ROLE = -1;
export const MEMBER = 0;
export const CONTRIBUTOR = 1;
export const EDITOR = 2;
export const LEAD = 3;

export const ROLE_RANK: Readonly<Record<Role, number>> = Object.freeze({
  member: MEMBER,
  contributor: CONTRIBUTOR,
  editor: EDITOR,
  lead: LEAD,
});

/** Index = rank. */
export const RANK_ROLE: readonly Role[] = Object.freeze([
  'member',
  'contributor',
  'editor',
  'lead',
]);

/** The role for a rank, or null for `NO_ROLE`. */
export function roleOfRank(rank: number): Role | null {
  return RANK_ROLE[rank] ?? null;
}

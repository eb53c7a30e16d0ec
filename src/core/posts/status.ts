/**
 * The statuses of a post (DESIGN.md §2) and every move between them, in one table. Use cases ask
 * `canMove` before they write a status; nothing else decides which move is allowed.
 *
 * - `draft → in_review | approved`: submitted; straight to `approved` when the chain is empty.
 * - `in_review → in_review`: a new approval round (edited, or the model changed).
 * - `in_review → draft`: the author may no longer publish on a channel (after a model switch).
 * - `approved | scheduled → in_review`: edited after approval, or a new due time changes the chain.
 * - `scheduled → approved`: a due time was removed. `paused → approved`: resumed after a due time
 *   passed while paused.
 * - `publishing → published | failed` and `failed → scheduled` belong to the worker (Step 3).
 */
export const POST_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'publishing',
  'published',
  'failed',
  'rejected',
  'paused',
  'archived',
] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

const TRANSITIONS: Readonly<Record<PostStatus, readonly PostStatus[]>> = {
  draft: ['in_review', 'approved', 'archived'],
  in_review: [
    'in_review',
    'approved',
    'changes_requested',
    'rejected',
    'draft',
    'paused',
    'archived',
  ],
  changes_requested: ['in_review', 'approved', 'archived'],
  approved: ['scheduled', 'in_review', 'paused', 'archived'],
  scheduled: ['publishing', 'approved', 'in_review', 'paused', 'archived'],
  publishing: ['published', 'failed'],
  published: ['archived'],
  failed: ['scheduled', 'archived'],
  rejected: ['archived'],
  paused: ['in_review', 'approved', 'scheduled', 'archived'],
  archived: [],
};

/** Whether a post may move from `from` to `to`. */
export function canMove(from: PostStatus, to: PostStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The statuses a post may move to from `from`. */
export function movesFrom(from: PostStatus): readonly PostStatus[] {
  return TRANSITIONS[from];
}

/** Whether `value` names a status (for rows read from the database). */
export function isPostStatus(value: string): value is PostStatus {
  return (POST_STATUSES as readonly string[]).includes(value);
}

/**
 * Statuses in which the author may change the content. An edit of a post in review, approved or
 * scheduled starts a new approval round.
 */
export const EDITABLE: readonly PostStatus[] = [
  'draft',
  'changes_requested',
  'in_review',
  'approved',
  'scheduled',
];

/** Statuses from which a post is submitted for approval. */
export const SUBMITTABLE: readonly PostStatus[] = ['draft', 'changes_requested'];

/** Statuses that hold an approval chain which an edit or a model switch must recompute. */
export const IN_CHAIN: readonly PostStatus[] = ['in_review', 'approved', 'scheduled'];

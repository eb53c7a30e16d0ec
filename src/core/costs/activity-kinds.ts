import type { ActivityCategory } from './activity.ts';

/**
 * Which activity of the log is which kind of work (DESIGN §6): the one table the cost reports
 * read the log through. An event counts as its actor's time, with the minutes it carries or, when
 * it carries none, the organization's default for its kind. Kinds not listed here are not work a
 * person spends time on (a delivery the worker published, a token created, a mention) and are
 * left out of the figures, whatever they carry.
 *
 * Time members record themselves (`time_entries`, with its own category) is logged as
 * `time.recorded` for the audit trail; it must never be listed here, or it would count twice.
 */
export const ACTIVITY_KIND_CATEGORIES = {
  'post.created': 'create',
  'post.updated': 'create',
  'post.submitted': 'create',
  'post.resubmitted': 'create',
  'post.due_times_set': 'create',
  'media.uploaded': 'create',
  'approval.approved': 'review',
  'approval.rejected': 'review',
  'approval.changes_requested': 'review',
  'comment.created': 'coordinate',
  'post.paused': 'coordinate',
  'post.resumed': 'coordinate',
  'post.archived': 'coordinate',
  'member.trained': 'train',
  'strategy.acknowledged': 'train',
  'strategy.published': 'plan',
  'guidelines.replaced': 'plan',
  'guidelines.deleted': 'plan',
  'campaign.created': 'plan',
  'campaign.updated': 'plan',
  'campaign.deleted': 'plan',
  'channel.created': 'plan',
  'channel.updated': 'plan',
  'organization.model_changed': 'plan',
} as const satisfies Record<string, ActivityCategory>;

export type CostedKind = keyof typeof ACTIVITY_KIND_CATEGORIES;

/** The kinds of the table, in its order. */
export const COSTED_KINDS = Object.keys(ACTIVITY_KIND_CATEGORIES) as [CostedKind, ...CostedKind[]];

/** The category of an activity kind, or null when the kind is not work (see above). */
export function categoryOfKind(kind: string): ActivityCategory | null {
  return Object.hasOwn(ACTIVITY_KIND_CATEGORIES, kind)
    ? ACTIVITY_KIND_CATEGORIES[kind as CostedKind]
    : null;
}

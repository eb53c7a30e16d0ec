import type { Migration } from 'kysely';
import * as calendarComments from './2026-11-29T2010-calendar-comments.ts';
import * as content from './2026-11-29T1900-content.ts';
import * as contentForeignKeyIndexes from './2026-11-30T0400-content-foreign-key-indexes.ts';
import * as costs from './2026-11-29T2130-costs.ts';
import * as duties from './2026-11-29T2120-duties.ts';
import * as foundation from './2026-11-29T1700-foundation.ts';
import * as notificationMail from './2026-11-29T2100-notification-mail.ts';
import * as postWorkflow from './2026-11-29T2000-post-workflow.ts';
import * as postsNewestIndex from './2026-11-30T0500-posts-newest-index.ts';
import * as publishing from './2026-11-29T2110-publishing.ts';
import * as staffingPlans from './2026-11-30T0000-staffing-plans.ts';
import * as credentialNotify from './2026-11-30T0200-credential-notify.ts';
import * as reportRollups from './2026-11-30T0300-report-rollups.ts';

/**
 * Every migration, keyed by its timestamped name. Kysely runs them in name order. A merged
 * migration never changes; a change is a new file listed here.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-29T1700-foundation': foundation,
  '2026-11-29T1900-content': content,
  '2026-11-29T2000-post-workflow': postWorkflow,
  '2026-11-29T2010-calendar-comments': calendarComments,
  '2026-11-29T2100-notification-mail': notificationMail,
  '2026-11-29T2110-publishing': publishing,
  '2026-11-29T2120-duties': duties,
  '2026-11-29T2130-costs': costs,
  '2026-11-30T0000-staffing-plans': staffingPlans,
  '2026-11-30T0200-credential-notify': credentialNotify,
  '2026-11-30T0300-report-rollups': reportRollups,
  '2026-11-30T0400-content-foreign-key-indexes': contentForeignKeyIndexes,
  '2026-11-30T0500-posts-newest-index': postsNewestIndex,
};

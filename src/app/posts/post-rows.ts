import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { PostsTable } from '../../db/schema.ts';
import { notFound } from '../errors.ts';

export type PostRow = Selectable<PostsTable>;

/** A variant with the facts of its channel that the checks need. */
export interface VariantRow {
  id: string;
  position: number;
  channel_id: string;
  text: string;
  link: string | null;
  first_comment: string | null;
  media_ids: string[];
  due_at: Date | null;
  network: string;
  channel_unit_id: string;
  channel_limits: Record<string, number>;
}

/**
 * Reads the post and locks its row until the transaction ends (`select … for update`): every
 * change to a post, its variants, steps and decisions holds this lock, so two approvers acting
 * at once are serialized and the second sees what the first did.
 */
export async function lockPost(tx: Db, organizationId: string, postId: string): Promise<PostRow> {
  const row = await tx
    .selectFrom('posts')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', postId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('post');
  return row;
}

/** The post's variants in the author's order, each with its channel's network, unit and limits. */
export function loadVariants(
  db: Db,
  organizationId: string,
  postId: string,
): Promise<VariantRow[]> {
  return db
    .selectFrom('post_variants as v')
    .innerJoin('channels as c', 'c.id', 'v.channel_id')
    .select([
      'v.id',
      'v.position',
      'v.channel_id',
      'v.text',
      'v.link',
      'v.first_comment',
      'v.media_ids',
      'v.due_at',
      'c.network',
      'c.unit_id as channel_unit_id',
      'c.limits as channel_limits',
    ])
    .where('v.organization_id', '=', organizationId)
    .where('c.organization_id', '=', organizationId)
    .where('v.post_id', '=', postId)
    .orderBy('v.position')
    .execute();
}

import { AtUri, type Agent } from '@atproto/api';
import { TEXT_LIMITS } from '../../core/text/limits.ts';
import { graphemeCount, utf8Length } from '../../core/text/unicode.ts';
import {
  NetworkError,
  type NetworkAdapter,
  type PublishInput,
  type ValidationIssue,
  mediaIssues,
  withFirstComment,
} from '../contract.ts';
import { isRecordNotFound, toNetworkError } from './errors.ts';
import { buildPost, buildReply, createOnce, findPost, POST_COLLECTION } from './record.ts';
import { withSession } from './session.ts';
import { commentRecordKey, postRecordKey } from './tid.ts';

/**
 * Bluesky through `@atproto/api`, against any PDS (bsky.social or a self-hosted one).
 *
 * Credentials: `service` (the PDS or entryway URL; https://bsky.social when absent), `identifier`
 * (handle, DID or e-mail) and `appPassword` (an app password, never the account password).
 * Sessions are kept in memory (see `session.ts`), so publishing does not log in each time.
 *
 * Idempotency (`record_key`): the post is written with `com.atproto.repo.createRecord` under a
 * record key derived from the delivery id (`tid.ts`), the first comment under a key derived from
 * the post's. A repeated attempt finds the key taken and returns the record there, so no attempt
 * ever makes a second post or a second comment, whatever point an earlier one died at. A repeat
 * looks for the post before uploading images again.
 *
 * The post: rich-text facets (links, mentions, hashtags) as the official app detects them; up to
 * four images with alt text and aspect ratio; otherwise a link card when `link` is set; the first
 * comment as a reply whose root and parent are the post. `externalId` is the post's `at://` URI.
 */
const TEXT = TEXT_LIMITS.bluesky;

const LIMITS = {
  maxMedia: 4,
  mediaTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
  // Lexicon `app.bsky.embed.images#image`: the PDS in use here still enforces 1,000,000 bytes;
  // @atproto/api 0.21's copy says 2 MB "formerly 1 MB". The smaller limit works on every PDS.
  maxMediaBytes: 1_000_000,
} as const;

function textIssues(path: string, text: string): ValidationIssue[] {
  const graphemes = graphemeCount(text);
  const bytes = utf8Length(text);
  if (graphemes <= TEXT.maxLength && bytes <= TEXT.maxBytes!) return [];
  return [
    {
      path,
      code: 'too_long',
      message: `${graphemes} of ${TEXT.maxLength} characters (graphemes), ${bytes} of ${TEXT.maxBytes} bytes.`,
    },
  ];
}

function validate(input: PublishInput): ValidationIssue[] {
  const issues = textIssues('text', input.text);
  if (input.firstComment !== null) issues.push(...textIssues('firstComment', input.firstComment));
  if (input.link !== null && !/^https?:\/\/[^\s/]+\S*$/.test(input.link)) {
    issues.push({ path: 'link', code: 'invalid_link', message: 'Not an http(s) URL.' });
  }
  issues.push(...mediaIssues(LIMITS, input.media));
  return issues;
}

function postUrl(handle: string, rkey: string): string {
  return `https://bsky.app/profile/${handle}/post/${rkey}`;
}

function parsePostUri(externalId: string): AtUri {
  let uri: AtUri;
  try {
    uri = new AtUri(externalId);
  } catch {
    throw new NetworkError({ kind: 'rejected', reason: `not an at:// URI: ${externalId}` });
  }
  if (uri.collection !== POST_COLLECTION || !uri.rkey) {
    throw new NetworkError({ kind: 'rejected', reason: `not a post: ${externalId}` });
  }
  return uri;
}

export const blueskyAdapter: NetworkAdapter = {
  network: 'bluesky',
  idempotency: 'record_key',
  limits: LIMITS,
  credentialFields: ['service', 'identifier', 'appPassword'],

  async connect(ctx) {
    return withSession(
      ctx,
      async ({ agent, did, handle }) => {
        // The profile record lives in the account's own repo: no AppView needed to read it.
        const profile = await findProfile(agent, did, ctx.signal);
        return {
          handle,
          displayName:
            typeof profile?.displayName === 'string' ? profile.displayName.trim() || null : null,
          maxChars: TEXT.maxLength,
          // The DID outlives handle changes; logging in with it keeps working after one.
          credentials: { ...ctx.credentials, identifier: did },
        };
      },
      { fresh: true },
    );
  },

  validate,

  async publish(ctx, input) {
    const issues = validate(input);
    if (issues.length > 0) {
      const reason = issues.map((i) => `${i.path}: ${i.message}`).join(' ');
      throw new NetworkError({ kind: 'rejected', reason });
    }
    return withSession(ctx, async ({ agent, did, handle }) => {
      const options = { signal: ctx.signal };
      const rkey = postRecordKey(input.deliveryId);
      const post =
        (input.previousAttempts > 0 ? await findPost(agent, did, rkey, options) : null) ??
        (await createOnce(agent, did, rkey, await buildPost(agent, input, options), options));
      const published = { externalId: post.uri, url: postUrl(handle, rkey) };
      const comment = input.firstComment;
      if (comment === null || comment.trim() === '') return published;
      const commentKey = commentRecordKey(rkey);
      const earlier =
        input.previousAttempts > 0 ? await findPost(agent, did, commentKey, options) : null;
      if (earlier) return published;
      return withFirstComment(
        published,
        async () =>
          createOnce(agent, did, commentKey, await buildReply(agent, comment, post), options),
        (err) => toNetworkError(err).failure,
      );
    });
  },

  async delete(ctx, externalId) {
    const uri = parsePostUri(externalId);
    await withSession(ctx, async ({ agent, did }) => {
      if (uri.host !== did) {
        throw new NetworkError({ kind: 'rejected', reason: `${externalId} is not this account's` });
      }
      // The first comment goes with its post; deleting a record that is gone is a no-op.
      for (const rkey of [commentRecordKey(uri.rkey), uri.rkey]) {
        await agent.com.atproto.repo.deleteRecord(
          { repo: did, collection: POST_COLLECTION, rkey },
          { signal: ctx.signal },
        );
      }
    });
  },
};

async function findProfile(
  agent: Agent,
  did: string,
  signal: AbortSignal,
): Promise<Record<string, unknown> | null> {
  try {
    const { data } = await agent.com.atproto.repo.getRecord(
      { repo: did, collection: 'app.bsky.actor.profile', rkey: 'self' },
      { signal },
    );
    return data.value;
  } catch (err) {
    // No profile record yet is normal for a new account; anything else is a real failure.
    if (isRecordNotFound(err)) return null;
    throw err;
  }
}

import twitter from 'twitter-text';
import type { TweetV2, TweetV2UserTimelineResult, TwitterApi } from 'twitter-api-v2';

/**
 * Finding what an earlier attempt posted, by text. X has no idempotency key and no field a client
 * may set on a post, so the only trace of an attempt is the post itself: a post of the account,
 * not a reply, created inside the look-back window, whose text is what this delivery sends.
 *
 * X does not give the text back as sent: links come back as t.co links (their `expanded_url` in
 * `entities.urls`), attached media add a t.co link of their own at the end, `&`, `<` and `>` come
 * back as HTML entities, a long post's full text is in `note_tweet`. `postedText` undoes that, and
 * `comparable` compares the rest loosely where X may rewrite (URL scheme, trailing slash,
 * surrounding whitespace, Unicode normalization).
 */

/** How far back reconcile looks (the worker retries within hours; X keeps 3200 posts). */
export const LOOK_BACK_MS = 72 * 60 * 60 * 1000;
/** Pages of 100 posts read at most; an account posting more inside the window is not searched. */
export const MAX_PAGES = 3;

export const TIMELINE_FIELDS = 'created_at,entities,note_tweet,referenced_tweets';

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The parts of a post (`TweetV2`) its text is read from. */
interface PostText {
  text: string;
  entities?: { urls?: { url: string; expanded_url?: string; media_key?: string }[] };
}

/** The text of a post as its author wrote it (t.co links expanded, media links dropped). */
export function postedText(tweet: PostText & { note_tweet?: PostText }): string {
  const source = tweet.note_tweet ?? tweet;
  let text = source.text;
  for (const u of source.entities?.urls ?? []) {
    text = text.split(u.url).join(u.media_key ? '' : u.expanded_url || u.url);
  }
  return decodeEntities(text);
}

/** A form two texts share when X would show them the same. */
export function comparable(text: string): string {
  let t = text.normalize('NFC');
  for (const url of twitter.extractUrls(t)) {
    t = t.split(url).join(url.replace(/^https?:\/\//i, '').replace(/\/+$/, ''));
  }
  return t.replace(/\s+/g, ' ').trim();
}

function isReplyTo(tweet: TweetV2, id?: string): boolean {
  return (tweet.referenced_tweets ?? []).some(
    (r) => r.type === 'replied_to' && (id === undefined || r.id === id),
  );
}

/** A reply's text without the leading @mentions X may add. */
function replyText(tweet: TweetV2): string {
  return postedText(tweet).replace(/^(@\w{1,15}\s+)+/, '');
}

export interface EarlierPost {
  post: TweetV2;
  /** Whether the post's first comment (a reply of the account) is there too. */
  hasComment: boolean;
}

/**
 * Reads the account's posts since `since` (newest first, replies included, retweets not) and
 * returns the oldest post that is not a reply and whose text is `text`, or null.
 */
export async function findEarlierPost(opts: {
  client: TwitterApi;
  userId: string;
  since: Date;
  text: string;
  firstComment: string | null;
}): Promise<EarlierPost | null> {
  const posts: TweetV2[] = [];
  let paginationToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await opts.client.v2.get<TweetV2UserTimelineResult>(
      'users/:id/tweets',
      {
        // X takes seconds precision (YYYY-MM-DDTHH:mm:ssZ).
        start_time: opts.since.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        max_results: 100,
        exclude: 'retweets',
        'tweet.fields': TIMELINE_FIELDS,
        pagination_token: paginationToken,
      },
      { params: { id: opts.userId } },
    );
    posts.push(...(result.data ?? []));
    paginationToken = result.meta?.next_token;
    if (!paginationToken) break;
  }
  const wanted = comparable(opts.text);
  const matches = posts.filter((p) => !isReplyTo(p) && comparable(postedText(p)) === wanted);
  const post = matches.at(-1);
  if (!post) return null;
  const comment = opts.firstComment === null ? null : comparable(opts.firstComment);
  const hasComment =
    comment === null ||
    posts.some((p) => isReplyTo(p, post.id) && comparable(replyText(p)) === comment);
  return { post, hasComment };
}

import {
  AppBskyRichtextFacet,
  RichText,
  type Agent,
  type AppBskyFeedPost,
  type ComAtprotoRepoStrongRef,
} from '@atproto/api';
import type { MediaInput } from '../contract.ts';
import { isAuthFailure, isRecordNotFound } from './errors.ts';

export const POST_COLLECTION = 'app.bsky.feed.post';

type CallOptions = { signal: AbortSignal };
type PostRecord = AppBskyFeedPost.Record;
type Facet = AppBskyRichtextFacet.Main;

/**
 * Facets as the official app makes them (`RichText.detectFacets`): links, mentions and hashtags
 * with UTF-8 byte ranges. A mention whose handle does not resolve is left as plain text; the
 * library would leave it with an empty DID, which the PDS refuses as an invalid record.
 */
export async function detectFacets(agent: Agent, text: string): Promise<Facet[] | undefined> {
  const rich = new RichText({ text });
  await rich.detectFacets(agent);
  const facets = (rich.facets ?? [])
    .map((facet) => ({
      ...facet,
      features: facet.features.filter(
        (feature) => !AppBskyRichtextFacet.isMention(feature) || feature.did.startsWith('did:'),
      ),
    }))
    .filter((facet) => facet.features.length > 0);
  return facets.length > 0 ? facets : undefined;
}

async function imagesEmbed(
  agent: Agent,
  media: MediaInput[],
  options: CallOptions,
): Promise<PostRecord['embed']> {
  const images = await Promise.all(
    media.map(async (m) => {
      const { data } = await agent.uploadBlob(m.bytes, { encoding: m.mimeType, ...options });
      return {
        image: data.blob,
        alt: m.alt ?? '',
        // Without it the app shows the image square until it has loaded.
        ...(m.width && m.height ? { aspectRatio: { width: m.width, height: m.height } } : {}),
      };
    }),
  );
  return { $type: 'app.bsky.embed.images', images };
}

/**
 * A link card for `link`. The app fills title and description from the page's metadata through
 * its own card service; we do not fetch arbitrary pages from the server, so the card carries the
 * host as its title and no description.
 */
function externalEmbed(link: string): PostRecord['embed'] {
  return {
    $type: 'app.bsky.embed.external',
    external: { uri: link, title: new URL(link).hostname, description: '' },
  };
}

export async function buildPost(
  agent: Agent,
  post: { text: string; link: string | null; media: MediaInput[] },
  options: CallOptions,
): Promise<PostRecord> {
  const facets = await detectFacets(agent, post.text);
  const embed =
    post.media.length > 0
      ? await imagesEmbed(agent, post.media, options)
      : post.link
        ? externalEmbed(post.link)
        : undefined;
  return {
    $type: POST_COLLECTION,
    text: post.text,
    createdAt: new Date().toISOString(),
    ...(facets ? { facets } : {}),
    ...(embed ? { embed } : {}),
  };
}

export async function buildReply(
  agent: Agent,
  text: string,
  to: ComAtprotoRepoStrongRef.Main,
): Promise<PostRecord> {
  const facets = await detectFacets(agent, text);
  const ref = { uri: to.uri, cid: to.cid };
  return {
    $type: POST_COLLECTION,
    text,
    createdAt: new Date().toISOString(),
    reply: { root: ref, parent: ref },
    ...(facets ? { facets } : {}),
  };
}

/** The post at `rkey` in the account's repo, or null when there is none. */
export async function findPost(
  agent: Agent,
  did: string,
  rkey: string,
  options: CallOptions,
): Promise<ComAtprotoRepoStrongRef.Main | null> {
  try {
    const { data } = await agent.com.atproto.repo.getRecord(
      { repo: did, collection: POST_COLLECTION, rkey },
      options,
    );
    return data.cid ? { uri: data.uri, cid: data.cid } : null;
  } catch (err) {
    if (isRecordNotFound(err)) return null;
    throw err;
  }
}

/**
 * Writes the post at `rkey` unless a post is there already, and returns the one that is there.
 * The PDS refuses a second create at a taken key; it may also have stored the first create and
 * lost our answer. Either way the record at the key is the delivery's post, so any failure of
 * the create but for auth and rate limits sends us to look for it before giving up.
 */
export async function createOnce(
  agent: Agent,
  did: string,
  rkey: string,
  record: PostRecord,
  options: CallOptions,
): Promise<ComAtprotoRepoStrongRef.Main> {
  try {
    const { data } = await agent.com.atproto.repo.createRecord(
      { repo: did, collection: POST_COLLECTION, rkey, record },
      options,
    );
    return { uri: data.uri, cid: data.cid };
  } catch (err) {
    if (isAuthFailure(err) || (err as { status?: number }).status === 429) throw err;
    const existing = await findPost(agent, did, rkey, options).catch(() => null);
    if (existing) return existing;
    throw err;
  }
}

import type http from 'node:http';

/**
 * The state of the fake Mastodon server (mastodon-server.ts) and its entities as Mastodon's API
 * serializes them (docs.joinmastodon.org/entities: Account, Status, MediaAttachment, Instance),
 * with the real field names; values the adapter never reads are plausible constants.
 */
export interface FakeAccount {
  id: string;
  username: string;
  displayName: string;
  token: string;
}

export interface FakeStatus {
  id: string;
  accountId: string;
  /** The source text as posted. */
  text: string;
  spoilerText: string;
  inReplyToId: string | null;
  mediaIds: string[];
  visibility: string;
  createdAt: string;
}

export interface FakeMedia {
  id: string;
  accountId: string;
  mimeType: string;
  fileName: string;
  bytes: Uint8Array;
  description: string | null;
  /** Polls still to answer 206 before the file is processed. */
  pendingPolls: number;
  statusId: string | null;
}

/** What the entities are built from. */
export interface FakeWorld {
  /** LOCAL_DOMAIN: the domain of handles and of status URLs. */
  domain: string;
  /** Accounts by their token. */
  accounts: Map<string, FakeAccount>;
  statuses: Map<string, FakeStatus>;
  media: Map<string, FakeMedia>;
  maxCharacters: number;
}

/** Form fields from the query and a urlencoded body, or a multipart form (with its file). */
export interface Params {
  get(name: string): string | null;
  getAll(name: string): string[];
  file: File | null;
}

export const SUPPORTED_TYPES = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/heic',
  'image/heif',
  'image/webp',
  'image/avif',
  'video/webm',
  'video/mp4',
  'video/quicktime',
  'video/ogg',
  'audio/wave',
  'audio/wav',
  'audio/x-wav',
  'audio/ogg',
  'audio/mpeg',
  'audio/mp3',
  'audio/webm',
  'audio/flac',
  'audio/aac',
  'audio/m4a',
  'audio/mp4',
];
export const IMAGE_SIZE_LIMIT = 16 * 1024 * 1024;
export const VIDEO_SIZE_LIMIT = 99 * 1024 * 1024;
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Mastodon's plain-text formatting: paragraphs on blank lines, `<br />` within them. */
function contentOf(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br />')}</p>`)
    .join('');
}

export async function readParams(req: http.IncomingMessage, raw: Buffer): Promise<Params> {
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(raw), {
      headers: { 'content-type': type },
    }).formData();
    return {
      get: (name) => {
        const v = form.get(name);
        return typeof v === 'string' ? v : null;
      },
      getAll: (name) => form.getAll(name).filter((v): v is string => typeof v === 'string'),
      file: form.get('file') instanceof File ? (form.get('file') as File) : null,
    };
  }
  const url = new URL(req.url ?? '/', 'http://fake');
  const form = new URLSearchParams(raw.toString('utf8'));
  for (const [k, v] of url.searchParams) form.append(k, v);
  return { get: (name) => form.get(name), getAll: (name) => form.getAll(name), file: null };
}

export function accountById(world: FakeWorld, id: string): FakeAccount | undefined {
  return [...world.accounts.values()].find((a) => a.id === id);
}

export function accountJson(world: FakeWorld, a: FakeAccount) {
  const own = [...world.statuses.values()].filter((s) => s.accountId === a.id);
  return {
    id: a.id,
    username: a.username,
    acct: a.username,
    display_name: a.displayName,
    locked: false,
    bot: false,
    discoverable: true,
    group: false,
    created_at: '2024-01-01T00:00:00.000Z',
    note: '',
    url: `https://${world.domain}/@${a.username}`,
    uri: `https://${world.domain}/users/${a.username}`,
    avatar: `https://${world.domain}/avatars/original/missing.png`,
    avatar_static: `https://${world.domain}/avatars/original/missing.png`,
    header: `https://${world.domain}/headers/original/missing.png`,
    header_static: `https://${world.domain}/headers/original/missing.png`,
    followers_count: 0,
    following_count: 0,
    statuses_count: own.length,
    last_status_at: own.length ? own[own.length - 1]!.createdAt.slice(0, 10) : null,
    emojis: [],
    fields: [],
  };
}

export function mediaJson(world: FakeWorld, m: FakeMedia) {
  const kind = m.mimeType.startsWith('video/')
    ? 'video'
    : m.mimeType.startsWith('audio/')
      ? 'audio'
      : m.mimeType === 'image/gif'
        ? 'gifv'
        : 'image';
  const files = `https://files.${world.domain}/media_attachments/files/${m.id}`;
  return {
    id: m.id,
    type: kind,
    url: m.pendingPolls > 0 ? null : `${files}/original/${m.fileName}`,
    preview_url: `${files}/small/${m.fileName}`,
    remote_url: null,
    preview_remote_url: null,
    text_url: null,
    meta: {},
    description: m.description,
    blurhash: null,
  };
}

export function statusJson(world: FakeWorld, s: FakeStatus, withSource = false) {
  const account = accountById(world, s.accountId)!;
  const parent = s.inReplyToId ? world.statuses.get(s.inReplyToId) : undefined;
  return {
    id: s.id,
    created_at: s.createdAt,
    in_reply_to_id: s.inReplyToId,
    in_reply_to_account_id: parent?.accountId ?? null,
    sensitive: false,
    spoiler_text: s.spoilerText,
    visibility: s.visibility,
    language: 'en',
    uri: `https://${world.domain}/users/${account.username}/statuses/${s.id}`,
    url: `https://${world.domain}/@${account.username}/${s.id}`,
    replies_count: [...world.statuses.values()].filter((r) => r.inReplyToId === s.id).length,
    reblogs_count: 0,
    favourites_count: 0,
    edited_at: null,
    content: contentOf(s.text),
    reblog: null,
    application: { name: 'Mooring', website: null },
    account: accountJson(world, account),
    media_attachments: s.mediaIds.map((id) => mediaJson(world, world.media.get(id)!)),
    mentions: [],
    tags: [],
    emojis: [],
    card: null,
    poll: null,
    ...(withSource ? { text: s.text } : {}),
  };
}

export function instanceJson(world: FakeWorld) {
  return {
    domain: world.domain,
    title: 'Social Example',
    version: '4.3.0',
    source_url: 'https://github.com/mastodon/mastodon',
    description: 'A fake Mastodon server for tests.',
    usage: { users: { active_month: world.accounts.size } },
    thumbnail: { url: `https://${world.domain}/packs/media/images/preview.png` },
    languages: ['en', 'de'],
    configuration: {
      urls: { streaming: `wss://${world.domain}` },
      accounts: { max_featured_tags: 10, max_pinned_statuses: 5 },
      statuses: {
        max_characters: world.maxCharacters,
        max_media_attachments: 4,
        characters_reserved_per_url: 23,
      },
      media_attachments: {
        supported_mime_types: SUPPORTED_TYPES,
        image_size_limit: IMAGE_SIZE_LIMIT,
        image_matrix_limit: 33_177_600,
        video_size_limit: VIDEO_SIZE_LIMIT,
        video_frame_rate_limit: 120,
        video_matrix_limit: 8_294_400,
      },
      polls: {
        max_options: 4,
        max_characters_per_option: 50,
        min_expiration: 300,
        max_expiration: 2_629_746,
      },
      translation: { enabled: false },
    },
    registrations: { enabled: false, approval_required: false, message: null },
    contact: { email: `admin@${world.domain}`, account: null },
    rules: [],
  };
}

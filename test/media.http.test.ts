import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Media } from '../src/contracts/media.ts';
import { mp4File } from '../src/core/media/mp4.fixture.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { buildApiToken, buildNewsroom, testDeps, type Newsroom } from './factories.ts';
import { client, startTestServer, type Client, type TestServer } from './http.ts';
import { bodyOf, detailOf } from './responses.ts';

/** Uploads into the media store, type sniffing, metadata, and the per-network limits on attach. */

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** A 3×2 GIF. */
const GIF = Buffer.concat([
  Buffer.from('GIF89a', 'ascii'),
  Buffer.from([3, 0, 2, 0, 0, 0, 0]),
  Buffer.from([0x2c, 0, 0, 0, 0, 3, 0, 2, 0, 0, 2, 2, 0x44, 0x01, 0, 0x3b]),
]);

let database: TestDatabase;
let server: TestServer;
let room: Newsroom;
let other: Newsroom;
let token: string;
let otherToken: string;
let author: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  room = await buildNewsroom(database.db);
  other = await buildNewsroom(database.db);
  server = await startTestServer(testDeps(database.db));
  token = await buildApiToken(database.db, room.author);
  otherToken = await buildApiToken(database.db, other.author);
  author = client(server, { bearer: token });
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

async function upload(
  bytes: Uint8Array | null,
  opts: { name?: string; type?: string; field?: string; bearer?: string } = {},
) {
  const form = new FormData();
  if (bytes) {
    form.append(
      opts.field ?? 'file',
      new Blob([new Uint8Array(bytes)], { type: opts.type ?? 'application/octet-stream' }),
      opts.name ?? 'upload.bin',
    );
  }
  const res = await fetch(`${server.url}/api/v1/media`, {
    method: 'POST',
    headers: { authorization: `Bearer ${opts.bearer ?? token}` },
    body: form,
  });
  return { status: res.status, body: await res.json() };
}

describe('upload', () => {
  it('sniffs an image’s type from its bytes and reads its size', async () => {
    // The client calls it a PDF; the content says PNG.
    const res = await upload(PNG, { name: 'logo.pdf', type: 'application/pdf' });
    expect(res.status).toBe(201);
    const media = bodyOf<Media>(res);
    expect(media).toMatchObject({
      mimeType: 'image/png',
      sizeBytes: PNG.byteLength,
      width: 1,
      height: 1,
      durationMs: null,
      originalName: 'logo.pdf',
      uploadedBy: room.author.id,
      sha256: crypto.createHash('sha256').update(PNG).digest('hex'),
    });
    const content = await fetch(`${server.url}/api/v1/media/${media.id}/content`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(content.status).toBe(200);
    expect(content.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await content.arrayBuffer())).toEqual(PNG);
  });

  it('reads a GIF’s size, an MP4’s and a QuickTime movie’s duration and size', async () => {
    expect(bodyOf<Media>(await upload(GIF))).toMatchObject({
      mimeType: 'image/gif',
      width: 3,
      height: 2,
    });
    const mp4 = mp4File({
      timescale: 600,
      duration: 7200,
      width: 1920,
      height: 1080,
      mdatBytes: 200_000,
    });
    expect(bodyOf<Media>(await upload(mp4))).toMatchObject({
      mimeType: 'video/mp4',
      durationMs: 12_000,
      width: 1920,
      height: 1080,
      sizeBytes: mp4.byteLength,
    });
    const mov = mp4File({
      timescale: 1000,
      duration: 1500,
      width: 640,
      height: 360,
      brand: 'qt  ',
    });
    expect(bodyOf<Media>(await upload(mov))).toMatchObject({
      mimeType: 'video/quicktime',
      durationMs: 1500,
      width: 640,
      height: 360,
    });
  });

  it('refuses a wrong type with 400 media.unsupported_type and stores nothing', async () => {
    const before = await database.db.selectFrom('media').select('id').execute();
    for (const bytes of [
      Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'),
      Buffer.from('just some text, named like an image'),
    ]) {
      const res = await upload(bytes, { name: 'photo.png', type: 'image/png' });
      expect(res.status).toBe(400);
      expect(detailOf(res)).toMatchObject({ path: 'body.file', code: 'media.unsupported_type' });
    }
    expect(await database.db.selectFrom('media').select('id').execute()).toEqual(before);
  });

  it('refuses a request without the file field or without multipart', async () => {
    const none = await upload(null);
    expect(none.status).toBe(400);
    const wrongField = await upload(PNG, { field: 'picture' });
    expect(wrongField.status).toBe(400);
    expect(detailOf(wrongField)).toMatchObject({ path: 'body.file', code: 'media.file_missing' });
    const json = await author.post('/api/v1/media', { file: 'x' });
    expect(json.status).toBe(400);
    expect(detailOf(json).code).toBe('media.multipart_required');
  });

  it('another organization’s media are not found', async () => {
    const media = bodyOf<Media>(await upload(PNG));
    const stranger = client(server, { bearer: otherToken });
    expect((await stranger.get(`/api/v1/media/${media.id}`)).status).toBe(404);
    expect((await stranger.get(`/api/v1/media/${media.id}/content`)).status).toBe(404);
    const attach = await stranger.post('/api/v1/posts', {
      language: 'en',
      variants: [{ channelId: other.channels.mastodon, text: 'Borrowed.', mediaIds: [media.id] }],
    });
    expect(attach.status).toBe(404);
    expect(detailOf(attach)).toMatchObject({
      code: 'media.not_found',
      path: 'body.variants.0.mediaIds.0',
    });
  });
});

describe('attaching media to a variant', () => {
  it('checks each network’s limits: a 1.1 MB image is too large for Bluesky, fine for Mastodon', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(1_100_000 - PNG.byteLength)]);
    const media = bodyOf<Media>(await upload(big));
    expect(media).toMatchObject({ mimeType: 'image/png', sizeBytes: 1_100_000, width: 1 });
    const refused = await author.post('/api/v1/posts', {
      language: 'en',
      variants: [
        { channelId: room.channels.mastodon, text: 'Big picture.', mediaIds: [media.id] },
        { channelId: room.channels.bluesky, text: 'Big picture.', mediaIds: [media.id] },
      ],
    });
    expect(refused.status).toBe(422);
    expect(detailOf(refused)).toEqual({
      path: 'body.variants.1.mediaIds.0',
      code: 'media.too_large_for_network',
      params: { network: 'bluesky', kind: 'image', sizeBytes: 1_100_000, maxBytes: 1_000_000 },
    });
    const accepted = await author.post('/api/v1/posts', {
      language: 'en',
      variants: [{ channelId: room.channels.mastodon, text: 'Big picture.', mediaIds: [media.id] }],
    });
    expect(accepted.status).toBe(201);
    expect(bodyOf<{ variants: { mediaIds: string[] }[] }>(accepted).variants[0]!.mediaIds).toEqual([
      media.id,
    ]);
  });
});

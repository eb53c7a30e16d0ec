import crypto from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { fileTypeStream } from 'file-type';
import { imageSize } from 'image-size';
import type { Media } from '../../contracts/media.ts';
import { isMediaMime, MEDIA_TYPES, MEDIA_UPLOAD_MAX_BYTES } from '../../core/media/limits.ts';
import { readMp4Facts } from '../../core/media/mp4.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { badInput } from '../errors.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import type { MediaStore } from './store.ts';
import { toMedia } from './media-view.ts';

export interface UploadInput {
  /** The file's bytes as they arrive. */
  file: Readable;
  /** The name the client gave (kept for display only). */
  filename: string;
  /** Set by the transport when it cut the file at its size limit. */
  truncated?: () => boolean;
}

/** Bytes kept from the start of an image for `image-size`; most formats state their size early. */
const HEAD_BYTES = 512 * 1024;
/** An image whose size is not in its head is read whole up to this size. */
const IMAGE_READ_MAX = 64 * 1024 * 1024;

/**
 * Stores an uploaded file in the media store and records it. The type is sniffed from the
 * content (`file-type`); the name and the declared type are not trusted. Images get their width
 * and height (`image-size`), videos their duration and size (core/media/mp4.ts). Whether a file
 * suits a network is checked when it is attached to a variant, not here.
 */
export async function uploadMedia(deps: Deps, actor: Actor, input: UploadInput): Promise<Media> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(snapshot, actor, 'view_organization');
  const typed = await fileTypeStream(input.file, { sampleSize: 4100 });
  const mime = typed.fileType?.mime;
  if (mime === undefined || !isMediaMime(mime)) {
    typed.resume();
    throw badInput(
      'body.file',
      'media.unsupported_type',
      `Only ${Object.keys(MEDIA_TYPES).join(', ')} are accepted${mime ? `, not ${mime}` : ''}.`,
    );
  }
  const id = crypto.randomUUID();
  const key = `${actor.organizationId}/${id}`;
  const meter = measure();
  await deps.media.put(key, typed.pipe(meter.stream));
  try {
    if (input.truncated?.() || meter.size > MEDIA_UPLOAD_MAX_BYTES) {
      throw badInput('body.file', 'media.too_large', 'The file is larger than uploads may be.');
    }
    if (meter.size === 0) throw badInput('body.file', 'media.empty', 'The file is empty.');
    const kind = MEDIA_TYPES[mime];
    const facts: {
      width: number | null;
      height: number | null;
      durationMs?: number | null;
    } | null =
      kind === 'video'
        ? await readMp4Facts(await deps.media.get(key))
        : await imageFacts(deps.media, key, meter.head, meter.size);
    const row = await deps.db.transaction().execute(async (tx) => {
      const row = await tx
        .insertInto('media')
        .values({
          id,
          organization_id: actor.organizationId,
          uploaded_by: actor.memberId,
          storage_key: key,
          mime_type: mime,
          size_bytes: meter.size,
          sha256: meter.sha256(),
          original_name: input.filename.slice(0, 255),
          width: facts?.width ?? null,
          height: facts?.height ?? null,
          duration_ms: facts?.durationMs ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordActivity(tx, {
        organizationId: actor.organizationId,
        actorId: actor.memberId,
        kind: 'media.uploaded',
        subjectType: 'media',
        subjectId: id,
        data: { mimeType: mime, sizeBytes: meter.size },
      });
      return row;
    });
    return toMedia(row);
  } catch (err) {
    await deps.media.delete(key);
    throw err;
  }
}

/** Counts, hashes and keeps the head of the bytes flowing through. */
function measure() {
  const hash = crypto.createHash('sha256');
  const head: Buffer[] = [];
  let headBytes = 0;
  const meter = {
    size: 0,
    head: Buffer.alloc(0),
    sha256: () => hash.digest('hex'),
    stream: new Transform({
      transform(chunk: Buffer, _enc, done) {
        meter.size += chunk.byteLength;
        hash.update(chunk);
        if (headBytes < HEAD_BYTES) {
          head.push(chunk.subarray(0, HEAD_BYTES - headBytes));
          headBytes += Math.min(chunk.byteLength, HEAD_BYTES - headBytes);
        }
        done(null, chunk);
      },
      flush(done) {
        meter.head = Buffer.concat(head);
        done();
      },
    }),
  };
  return meter;
}

async function imageFacts(
  store: MediaStore,
  key: string,
  head: Buffer,
  size: number,
): Promise<{ width: number | null; height: number | null } | null> {
  const read = (bytes: Uint8Array) => {
    try {
      const d = imageSize(bytes);
      return { width: d.width ?? null, height: d.height ?? null };
    } catch {
      return null;
    }
  };
  const fromHead = read(head);
  if (fromHead || size <= head.byteLength || size > IMAGE_READ_MAX) return fromHead;
  const chunks: Buffer[] = [];
  for await (const chunk of await store.get(key)) chunks.push(chunk as Buffer);
  return read(Buffer.concat(chunks));
}

import crypto from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, notFound } from '../errors.ts';

/**
 * Where media files live. Small on purpose, so that an S3-compatible store can follow (`put` as
 * an upload, `get` as a ranged or whole read, `delete` as a delete). Keys are
 * `<organization id>/<media id>`: lowercase letters, digits, `-` and `/`.
 */
export interface MediaStore {
  /** Stores the bytes under `key`, atomically: a failed put leaves nothing behind. */
  put(key: string, body: Readable | Uint8Array): Promise<void>;
  /** The stored bytes; `not_found` if there are none. */
  get(key: string): Promise<Readable>;
  /** Removes the bytes; removing what is not there is no error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

function checkKey(key: string): void {
  if (!KEY.test(key) || key.length > 300) {
    throw new AppError('internal', `invalid media key: ${key}`);
  }
}

/** A store in a local folder (`<dataDir>/media`): one file per key, written then renamed. */
export function localMediaStore(root: string): MediaStore {
  const fileOf = (key: string) => {
    checkKey(key);
    return path.join(root, ...key.split('/'));
  };
  return {
    async put(key, body) {
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const part = `${file}.${crypto.randomBytes(6).toString('hex')}.part`;
      try {
        const source = body instanceof Readable ? body : Readable.from([body]);
        await pipeline(source, createWriteStream(part, { flags: 'wx' }));
        await fs.rename(part, file);
      } catch (err) {
        await fs.rm(part, { force: true });
        throw err;
      }
    },
    async get(key) {
      const file = fileOf(key);
      try {
        await fs.access(file);
      } catch {
        throw notFound('media');
      }
      return createReadStream(file);
    },
    async delete(key) {
      await fs.rm(fileOf(key), { force: true });
    },
  };
}

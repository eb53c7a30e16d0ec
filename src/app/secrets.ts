import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

const KEY_FILE = 'secret.key';
const VERSION = 'v1';

/**
 * Encrypts channel credentials at rest with AES-256-GCM. The stored form is
 * `v1:<iv>:<tag>:<ciphertext>` (base64url), so a later key rotation can add `v2` beside it.
 */
export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('secret key must be 32 bytes');
  return {
    seal(plain) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, iv, tag, body]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join(':');
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split(':');
      if (version !== VERSION || !iv || !tag || body === undefined) {
        throw new Error('unknown secret format');
      }
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}

/** The key from the environment (hex or base64), else from `dataDir/secret.key`, created on first use (mode 0600). */
export async function loadSecretKey(opts: {
  secretKey: string | undefined;
  dataDir: string;
}): Promise<Buffer> {
  if (opts.secretKey) {
    return /^[0-9a-fA-F]{64}$/.test(opts.secretKey)
      ? Buffer.from(opts.secretKey, 'hex')
      : Buffer.from(opts.secretKey, 'base64');
  }
  const file = path.join(opts.dataDir, KEY_FILE);
  try {
    return Buffer.from((await fs.readFile(file, 'utf8')).trim(), 'hex');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await fs.mkdir(opts.dataDir, { recursive: true });
  const key = crypto.randomBytes(32);
  try {
    await fs.writeFile(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    return key;
  } catch (err) {
    // Another process created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      return Buffer.from((await fs.readFile(file, 'utf8')).trim(), 'hex');
    }
    throw err;
  }
}

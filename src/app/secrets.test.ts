import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSecretBox, loadSecretKey } from './secrets.ts';

describe('secret box (AES-256-GCM)', () => {
  const box = createSecretBox(crypto.randomBytes(32));

  it('round-trips and never stores the plain text', () => {
    const sealed = box.seal('{"token":"abc"}');
    expect(sealed.startsWith('v1:')).toBe(true);
    expect(sealed).not.toContain('abc');
    expect(box.open(sealed)).toBe('{"token":"abc"}');
    expect(box.seal('x')).not.toBe(box.seal('x'));
  });

  it('detects tampering and a wrong key', () => {
    const sealed = box.seal('secret');
    const parts = sealed.split(':');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => box.open(parts.join(':'))).toThrow();
    expect(() => createSecretBox(crypto.randomBytes(32)).open(sealed)).toThrow();
    expect(() => box.open('v9:a:b:c')).toThrow('unknown secret format');
  });

  it('creates a key file once (mode 0600) and reuses it; an env key wins', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mooring-key-'));
    const a = await loadSecretKey({ secretKey: undefined, dataDir: dir });
    const b = await loadSecretKey({ secretKey: undefined, dataDir: dir });
    expect(a.equals(b)).toBe(true);
    expect((await fs.stat(path.join(dir, 'secret.key'))).mode & 0o777).toBe(0o600);
    const hex = 'ab'.repeat(32);
    expect((await loadSecretKey({ secretKey: hex, dataDir: dir })).toString('hex')).toBe(hex);
    await fs.rm(dir, { recursive: true, force: true });
  });
});

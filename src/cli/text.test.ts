import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/mooring.js', import.meta.url));
const TIMEOUT = 30_000;

/** Runs the real CLI (`node bin/mooring.js text check …`) with `stdin` piped in. */
function textCheck(
  args: string[],
  stdin: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'text', 'check', ...args], { timeout: TIMEOUT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

// Each run starts Node and tsx (about 2 s here): run them side by side.
describe.concurrent('mooring text check', () => {
  it(
    'prints the X count as JSON (one trailing newline is not part of the text)',
    async () => {
      const run = await textCheck(['--network', 'x'], 'Hallo 世界 example.com\n');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({
        network: 'x',
        length: 34,
        limit: 280,
        valid: true,
      });
    },
    TIMEOUT,
  );

  it(
    'prints facets for Bluesky',
    async () => {
      const run = await textCheck(['--network', 'bluesky'], '🇩🇪 #Berlin');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({
        network: 'bluesky',
        length: 9,
        limit: 300,
        valid: true,
        bytes: 16,
        byteLimit: 3000,
        facets: [
          {
            index: { byteStart: 9, byteEnd: 16 },
            features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'Berlin' }],
          },
        ],
      });
    },
    TIMEOUT,
  );

  it(
    'exits 0 for a text that does not fit, with the instance limit and content warning',
    async () => {
      const run = await textCheck(
        ['--network', 'mastodon', '--limit', '10', '--content-warning', 'Spoilers'],
        'Hi @alice@mastodon.social',
      );
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({
        network: 'mastodon',
        length: 17,
        limit: 10,
        valid: false,
      });
    },
    TIMEOUT,
  );

  it(
    'refuses an unknown or missing network or a bad limit with exit code 2 and a readable message',
    async () => {
      const network = await textCheck(['--network', 'myspace'], 'hello');
      expect(network.status).toBe(2);
      expect(network.stdout).toBe('');
      expect(network.stderr).toContain("--network: unknown network 'myspace'; one of: bluesky");
      const missing = await textCheck([], 'hello');
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('--network: required; one of: bluesky');
      const limit = await textCheck(['--network', 'x', '--limit', 'ten'], 'hello');
      expect(limit.status).toBe(2);
      expect(limit.stderr).toContain('--limit: expected a whole number from 1 to 1000000');
      const long = await textCheck(['--network', 'x'], 'a'.repeat(100_001));
      expect(long.status).toBe(2);
      expect(long.stderr).toContain('stdin: Too big');
    },
    TIMEOUT,
  );
});

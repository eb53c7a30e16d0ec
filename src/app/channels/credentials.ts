import type { SecretBox } from '../secrets.ts';

/**
 * Channel credentials at rest: the JSON of the named strings, sealed with the secret box
 * (AES-256-GCM). The plain form exists only in memory, on the way in and in the publisher.
 */
export function sealCredentials(box: SecretBox, credentials: Record<string, string>): string {
  return box.seal(JSON.stringify(credentials));
}

export function openCredentials(box: SecretBox, sealed: string): Record<string, string> {
  return JSON.parse(box.open(sealed)) as Record<string, string>;
}

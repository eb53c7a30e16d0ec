import crypto from 'node:crypto';

/**
 * Record keys derived from a delivery, so that every attempt writes to the same key.
 *
 * `app.bsky.feed.post` records use `tid` keys: 13 characters of base32-sortable encoding a 64-bit
 * number whose top bit is 0, then 53 bits of microseconds since the epoch and a 10-bit clock id.
 * We fill the clock id and the timestamp from SHA-256 of the source. The timestamp keeps only 50
 * bits, so it lies between 1970 and 2005: never in the future, where tools that treat TIDs as times
 * might distrust it. 60 bits of hash leave the chance that two of a million deliveries share a key
 * below one in a million (and a shared key would make the later delivery return the earlier post,
 * never post twice).
 */
const BASE32_SORTABLE = '234567abcdefghijklmnopqrstuvwxyz';
const TIMESTAMP_BITS = 50n;
const CLOCK_ID_BITS = 10n;

/** The TID for `source` (the same on every call and every host). */
export function deterministicTid(source: string): string {
  const digest = crypto.createHash('sha256').update(source, 'utf8').digest();
  const bits = digest.readBigUInt64BE(0);
  const timestamp = bits >> (64n - TIMESTAMP_BITS);
  const clockId = bits & ((1n << CLOCK_ID_BITS) - 1n);
  return encodeTid((timestamp << CLOCK_ID_BITS) | clockId);
}

function encodeTid(value: bigint): string {
  let out = '';
  for (let i = 0; i < 13; i++) {
    out = BASE32_SORTABLE[Number(value & 31n)]! + out;
    value >>= 5n;
  }
  return out;
}

/** The record key of the post a delivery makes. */
export function postRecordKey(deliveryId: string): string {
  return deterministicTid(`mooring:post:${deliveryId}`);
}

/**
 * The record key of the post's first comment, derived from the post's key so that deleting the
 * post (which only knows the post's URI) can delete the comment too.
 */
export function commentRecordKey(postRkey: string): string {
  return deterministicTid(`mooring:first-comment:${postRkey}`);
}

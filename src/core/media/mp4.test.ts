import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { box, mp4File } from './mp4.fixture.ts';
import { readMp4Facts } from './mp4.ts';

/** The bytes as a stream of `size`-byte chunks, like a file read from disk. */
function chunked(data: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (let at = 0; at < data.byteLength; at += size) parts.push(data.subarray(at, at + size));
  return Readable.from(parts, { objectMode: true });
}

describe('readMp4Facts', () => {
  it('reads duration and the video track’s size, with moov after a large mdat', async () => {
    const file = mp4File({
      timescale: 600,
      duration: 9000,
      width: 1280,
      height: 720,
      mdatBytes: 30_000,
    });
    for (const size of [1, 7, 4096, file.byteLength]) {
      expect(await readMp4Facts(chunked(file, size))).toEqual({
        durationMs: 15_000,
        width: 1280,
        height: 720,
      });
    }
  });

  it('reads QuickTime movies the same way', async () => {
    const file = mp4File({
      timescale: 1000,
      duration: 2500,
      width: 640,
      height: 480,
      brand: 'qt  ',
    });
    expect(await readMp4Facts(chunked(file, 100))).toEqual({
      durationMs: 2500,
      width: 640,
      height: 480,
    });
  });

  it('gives null without a moov, or for a truncated file', async () => {
    expect(await readMp4Facts(chunked(box('ftyp', new Uint8Array(8)), 4))).toBeNull();
    const file = mp4File({ timescale: 1, duration: 1, width: 1, height: 1 });
    expect(await readMp4Facts(chunked(file.subarray(0, file.byteLength - 10), 50))).toBeNull();
    expect(await readMp4Facts(chunked(new Uint8Array(0), 1))).toBeNull();
  });

  it('a moov without a video track gives no size', async () => {
    const moov = box('moov', box('mvhd', new Uint8Array(100)));
    expect(await readMp4Facts(chunked(moov, 10))).toEqual({
      durationMs: null,
      width: null,
      height: null,
    });
  });
});

/**
 * Duration and picture size of an MP4 or QuickTime file, read from two header boxes of the ISO
 * base media file format (ISO/IEC 14496-12, also QuickTime's `moov` layout):
 * - `moov/mvhd`: the movie's time scale and duration;
 * - `moov/trak/tkhd`: a track's width and height (16.16 fixed point), for the first track whose
 *   `mdia/hdlr` handler type is `vide`.
 *
 * Why not a parser package: mp4box runs on Node 20, but it reports tracks only after reading the
 * sample tables and keeps what it was fed in memory; these two boxes are all Mooring needs. The
 * reader walks the top-level boxes of a byte stream and skips every payload except `moov` (which
 * may come after a large `mdat`), so a 500 MB video costs one pass and a few kilobytes of memory.
 */

export interface VideoFacts {
  durationMs: number | null;
  width: number | null;
  height: number | null;
}

/** A `moov` larger than this is not a sane header; the file is treated as having none. */
const MOOV_MAX_BYTES = 64 * 1024 * 1024;

/** Reads the facts from the file's bytes, in order; null when there is no readable `moov`. */
export async function readMp4Facts(chunks: AsyncIterable<Uint8Array>): Promise<VideoFacts | null> {
  const reader = new ByteReader(chunks[Symbol.asyncIterator]());
  try {
    for (;;) {
      const header = await reader.read(8);
      if (header === null) return null;
      const view = new DataView(header.buffer, header.byteOffset, 8);
      let size = view.getUint32(0);
      const type = ascii(header, 4);
      let headerSize = 8;
      if (size === 1) {
        const large = await reader.read(8);
        if (large === null) return null;
        size = Number(new DataView(large.buffer, large.byteOffset, 8).getBigUint64(0));
        headerSize = 16;
      }
      if (type === 'moov') {
        const length = size === 0 ? MOOV_MAX_BYTES : size - headerSize;
        if (length < 0 || length > MOOV_MAX_BYTES) return null;
        const body = size === 0 ? await reader.readUpTo(length) : await reader.read(length);
        return body === null ? null : parseMoov(body);
      }
      // size 0: the box runs to the end of the file, so there is no moov after it.
      if (size === 0 || size < headerSize) return null;
      if (!(await reader.skip(size - headerSize))) return null;
    }
  } finally {
    await reader.close();
  }
}

/** The facts from the payload of a `moov` box. */
export function parseMoov(moov: Uint8Array): VideoFacts {
  const facts: VideoFacts = { durationMs: null, width: null, height: null };
  for (const box of boxes(moov)) {
    if (box.type === 'mvhd') facts.durationMs = mvhdDuration(box.body);
    if (box.type === 'trak' && facts.width === null) {
      const size = videoTrackSize(box.body);
      if (size) Object.assign(facts, size);
    }
  }
  return facts;
}

interface Box {
  type: string;
  body: Uint8Array;
}

/** The child boxes of a container payload; a truncated box ends the list. */
function* boxes(data: Uint8Array): Generator<Box> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let at = 0;
  while (at + 8 <= data.byteLength) {
    let size = view.getUint32(at);
    let headerSize = 8;
    if (size === 1) {
      if (at + 16 > data.byteLength) return;
      size = Number(view.getBigUint64(at + 8));
      headerSize = 16;
    } else if (size === 0) {
      size = data.byteLength - at;
    }
    if (size < headerSize || at + size > data.byteLength) return;
    yield { type: ascii(data, at + 4), body: data.subarray(at + headerSize, at + size) };
    at += size;
  }
}

function mvhdDuration(body: Uint8Array): number | null {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const version = body[0];
  const need = version === 1 ? 32 : 20;
  if (body.byteLength < need) return null;
  const timescale = view.getUint32(version === 1 ? 20 : 12);
  const duration = version === 1 ? Number(view.getBigUint64(24)) : view.getUint32(16);
  if (timescale === 0) return null;
  return Math.round((duration * 1000) / timescale);
}

function videoTrackSize(trak: Uint8Array): { width: number; height: number } | null {
  let size: { width: number; height: number } | null = null;
  let video = false;
  for (const box of boxes(trak)) {
    if (box.type === 'tkhd') size = tkhdSize(box.body);
    if (box.type === 'mdia') {
      for (const child of boxes(box.body)) {
        if (child.type === 'hdlr' && child.body.byteLength >= 12) {
          video = ascii(child.body, 8) === 'vide';
        }
      }
    }
  }
  return video ? size : null;
}

function tkhdSize(body: Uint8Array): { width: number; height: number } | null {
  // version+flags 4; times and ids 20 (v0) or 32 (v1); reserved 8, layer, group, volume,
  // reserved 2 each, matrix 36; then width and height as 16.16 fixed point.
  const at = body[0] === 1 ? 88 : 76;
  if (body.byteLength < at + 8) return null;
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  return { width: view.getUint32(at) >>> 16, height: view.getUint32(at + 4) >>> 16 };
}

function ascii(data: Uint8Array, at: number): string {
  return String.fromCharCode(data[at]!, data[at + 1]!, data[at + 2]!, data[at + 3]!);
}

/** Exact reads and skips over a stream of chunks. */
class ByteReader {
  #queue: Uint8Array[] = [];
  #buffered = 0;
  #done = false;

  constructor(readonly it: AsyncIterator<Uint8Array>) {}

  async #fill(): Promise<boolean> {
    if (this.#done) return false;
    const next = await this.it.next();
    if (next.done) {
      this.#done = true;
      return false;
    }
    this.#queue.push(next.value);
    this.#buffered += next.value.byteLength;
    return true;
  }

  #take(n: number): Uint8Array {
    const out = new Uint8Array(n);
    let filled = 0;
    while (filled < n) {
      const head = this.#queue[0]!;
      const part = Math.min(n - filled, head.byteLength);
      out.set(head.subarray(0, part), filled);
      filled += part;
      if (part === head.byteLength) this.#queue.shift();
      else this.#queue[0] = head.subarray(part);
    }
    this.#buffered -= n;
    return out;
  }

  /** Exactly `n` bytes, or null if the stream ends first. */
  async read(n: number): Promise<Uint8Array | null> {
    while (this.#buffered < n) if (!(await this.#fill())) return null;
    return this.#take(n);
  }

  /** Up to `n` bytes: what is left when the stream ends first. */
  async readUpTo(n: number): Promise<Uint8Array> {
    while (this.#buffered < n && (await this.#fill()));
    return this.#take(Math.min(n, this.#buffered));
  }

  /** Skips `n` bytes without keeping them; false if the stream ends first. */
  async skip(n: number): Promise<boolean> {
    let left = n;
    for (;;) {
      while (left > 0 && this.#queue.length > 0) {
        const head = this.#queue[0]!;
        const part = Math.min(left, head.byteLength);
        left -= part;
        this.#buffered -= part;
        if (part === head.byteLength) this.#queue.shift();
        else this.#queue[0] = head.subarray(part);
      }
      if (left === 0) return true;
      if (!(await this.#fill())) return false;
    }
  }

  async close(): Promise<void> {
    if (!this.#done) await this.it.return?.();
  }
}

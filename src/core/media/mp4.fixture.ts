/** Builds small ISO-BMFF files for tests: just the boxes readMp4Facts looks at. */

export function box(type: string, ...parts: Uint8Array[]): Uint8Array {
  const size = 8 + parts.reduce((n, p) => n + p.byteLength, 0);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, size);
  out.set(new TextEncoder().encode(type), 4);
  let at = 8;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

function u32(...values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setUint32(i * 4, v));
  return out;
}

/** An MP4 (or, with brand `qt  `, a QuickTime movie) with one video track. */
export function mp4File(opts: {
  timescale: number;
  duration: number;
  width: number;
  height: number;
  brand?: string;
  /** Bytes of media data placed before the moov box. */
  mdatBytes?: number;
}): Uint8Array {
  const brand = opts.brand ?? 'isom';
  const ftyp = box(
    'ftyp',
    new TextEncoder().encode(brand),
    u32(0x200),
    new TextEncoder().encode(`${brand}mp41`),
  );
  // mvhd v0: version/flags, creation, modification, timescale, duration, then the rest (80 bytes).
  const mvhd = box('mvhd', u32(0, 0, 0, opts.timescale, opts.duration), new Uint8Array(80));
  // tkhd v0: version/flags, creation, modification, track id, reserved, duration (20),
  // reserved 8, layer/group/volume/reserved 8, matrix 36, width, height.
  const tkhd = box(
    'tkhd',
    u32(7, 0, 0, 1, 0, opts.duration),
    new Uint8Array(8 + 8 + 36),
    u32(opts.width << 16, opts.height << 16),
  );
  const hdlr = box('hdlr', u32(0, 0), new TextEncoder().encode('vide'), new Uint8Array(13));
  const soundHdlr = box('hdlr', u32(0, 0), new TextEncoder().encode('soun'), new Uint8Array(13));
  const soundTrak = box(
    'trak',
    box('tkhd', u32(7, 0, 0, 2, 0, 0), new Uint8Array(60)),
    box('mdia', soundHdlr),
  );
  const trak = box('trak', tkhd, box('mdia', box('mdhd', u32(0, 0, 0, 1000, 0)), hdlr));
  const moov = box('moov', mvhd, soundTrak, trak);
  const mdat = box('mdat', new Uint8Array(opts.mdatBytes ?? 16));
  const out = new Uint8Array(ftyp.byteLength + mdat.byteLength + moov.byteLength);
  out.set(ftyp, 0);
  out.set(mdat, ftyp.byteLength);
  out.set(moov, ftyp.byteLength + mdat.byteLength);
  return out;
}

// WOFF 1.0 → the TrueType/OpenType file it wraps. The fonts ship in npm as WOFF,
// and the share-image renderer (Pango through sharp) reads only plain font files,
// so the tables are unpacked once, as the WOFF specification lays them out:
// a 44-byte header, a 20-byte entry per table, each table zlib-deflated when
// that made it smaller. https://www.w3.org/TR/WOFF/
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_ENTRY = 16;

export interface SfntTable {
  tag: string;
  /** The checksum the WOFF recorded for the uncompressed table. */
  checksum: number;
  data: Buffer;
}

/** The tables a WOFF holds, uncompressed; throws on anything that is not WOFF 1.0. */
export function woffTables(woff: Buffer): { flavor: number; tables: SfntTable[] } {
  if (woff.length < HEADER || woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font (no "wOFF" signature)');
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = HEADER + i * WOFF_ENTRY;
    const offset = woff.readUInt32BE(at + 4);
    const compressed = woff.readUInt32BE(at + 8);
    const length = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compressed);
    const data = compressed < length ? inflateSync(raw) : raw;
    const tag = woff.toString('latin1', at, at + 4);
    if (data.length !== length) throw new Error(`WOFF table ${tag}: ${data.length} bytes unpacked, ${length} expected`);
    return { tag, checksum: woff.readUInt32BE(at + 16), data };
  });
  return { flavor: woff.readUInt32BE(4), tables };
}

/** The font file a WOFF wraps, tables in the WOFF's (tag) order, each 4-byte aligned. */
export function woffToSfnt(woff: Buffer): Buffer {
  const { flavor, tables } = woffTables(woff);
  const n = tables.length;
  const power = 2 ** Math.floor(Math.log2(n));
  const head = Buffer.alloc(12 + SFNT_ENTRY * n);
  head.writeUInt32BE(flavor, 0);
  head.writeUInt16BE(n, 4);
  head.writeUInt16BE(power * 16, 6); // searchRange
  head.writeUInt16BE(Math.log2(power), 8); // entrySelector
  head.writeUInt16BE(n * 16 - power * 16, 10); // rangeShift
  const parts: Buffer[] = [head];
  let offset = head.length;
  tables.forEach((t, i) => {
    const at = 12 + SFNT_ENTRY * i;
    head.write(t.tag, at, 'latin1');
    head.writeUInt32BE(t.checksum, at + 4);
    head.writeUInt32BE(offset, at + 8);
    head.writeUInt32BE(t.data.length, at + 12);
    const pad = (4 - (t.data.length % 4)) % 4;
    parts.push(t.data, Buffer.alloc(pad));
    offset += t.data.length + pad;
  });
  return Buffer.concat(parts);
}

/** The OpenType checksum of a table: its big-endian 32-bit words summed, the last one zero-padded. */
export function tableChecksum(data: Buffer): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) {
    const word = Buffer.alloc(4);
    data.copy(word, 0, i, Math.min(i + 4, data.length));
    sum = (sum + word.readUInt32BE(0)) >>> 0;
  }
  return sum;
}

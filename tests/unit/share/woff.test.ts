import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tableChecksum, woffTables, woffToSfnt } from '../../../src/lib/share/woff.ts';

const require = createRequire(import.meta.url);
const WOFF = readFileSync(require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff'));

/** The table directory of an sfnt: tag → where its bytes are. */
function directory(sfnt: Buffer) {
  const n = sfnt.readUInt16BE(4);
  return Array.from({ length: n }, (_, i) => {
    const at = 12 + 16 * i;
    return {
      tag: sfnt.toString('latin1', at, at + 4),
      checksum: sfnt.readUInt32BE(at + 4),
      offset: sfnt.readUInt32BE(at + 8),
      length: sfnt.readUInt32BE(at + 12),
    };
  });
}

test('every table unpacks to the bytes the WOFF recorded a checksum for', () => {
  const { tables } = woffTables(WOFF);
  assert.ok(tables.length >= 10, `${tables.length} tables`);
  for (const t of tables) {
    // head's checksum is taken with its checkSumAdjustment (bytes 8–11) zeroed.
    const data = t.tag === 'head' ? Buffer.concat([t.data.subarray(0, 8), Buffer.alloc(4), t.data.subarray(12)]) : t.data;
    assert.equal(tableChecksum(data), t.checksum, `table ${t.tag}`);
  }
});

test('the font file lists each table at a 4-byte aligned offset, with its bytes there', () => {
  const sfnt = woffToSfnt(WOFF);
  const { flavor, tables } = woffTables(WOFF);
  assert.equal(sfnt.readUInt32BE(0), flavor);
  const dir = directory(sfnt);
  assert.deepEqual(
    dir.map((d) => d.tag),
    tables.map((t) => t.tag),
  );
  const n = dir.length;
  const power = 2 ** Math.floor(Math.log2(n));
  assert.equal(sfnt.readUInt16BE(6), power * 16, 'searchRange');
  assert.equal(sfnt.readUInt16BE(8), Math.log2(power), 'entrySelector');
  assert.equal(sfnt.readUInt16BE(10), n * 16 - power * 16, 'rangeShift');
  for (const [i, d] of dir.entries()) {
    assert.equal(d.offset % 4, 0, `${d.tag} aligned`);
    assert.ok(sfnt.subarray(d.offset, d.offset + d.length).equals(tables[i]!.data), `${d.tag} bytes`);
    assert.equal(d.checksum, tables[i]!.checksum);
  }
  assert.equal(sfnt.length % 4, 0);
});

test('anything but WOFF 1.0 is refused, saying so', () => {
  assert.throws(() => woffToSfnt(Buffer.from('wOF2' + '\0'.repeat(60))), /not a WOFF 1\.0 font/);
  assert.throws(() => woffToSfnt(Buffer.alloc(10)), /not a WOFF 1\.0 font/);
});

test('a table that unpacks to the wrong length is refused, naming it', () => {
  const broken = Buffer.from(WOFF);
  broken.writeUInt32BE(broken.readUInt32BE(44 + 12) + 4, 44 + 12); // the first table's original length
  assert.throws(() => woffToSfnt(broken), /WOFF table \S+: \d+ bytes unpacked, \d+ expected/);
});

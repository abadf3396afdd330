// Share images at build time, drawn by og-draw.ts. Images are cached by a hash
// of their content, so an unchanged claim's image is not drawn again on the
// next build. A cold build draws thousands: they are drawn by worker threads,
// one per core, while the build renders other pages (astro.config.mjs lets it
// render several at once). Builds may run in parallel on one cache, so an
// image is written to a temporary file of its own and renamed into place: a
// reader sees the whole image or none.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OgCardInput } from '../lib/og-card.ts';
import { drawOgPng } from './og-draw.ts';

// Bump when the card's design changes, so cached images are redrawn.
const DESIGN_VERSION = 1;
const cacheDir = () => resolve(process.env.OG_CACHE_DIR ?? 'node_modules/.cache/explainer-og');

/** Where the worker's source is: the build runs from the project's root, and bundles this module elsewhere. */
const WORKER = resolve('src/data/og-worker.ts');

interface Job {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}
let pool: { workers: Worker[]; next: number; jobs: Map<number, Job>; id: number } | undefined;

function startPool() {
  if (pool || !existsSync(WORKER)) return pool;
  const jobs = new Map<number, Job>();
  const workers = Array.from({ length: Math.max(1, availableParallelism()) }, () => {
    const w = new Worker(WORKER);
    w.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const job = jobs.get(id)!;
      jobs.delete(id);
      if (error) job.reject(new Error(error));
      else job.resolve(Buffer.from(png!));
      // Idle workers must not keep the build's process alive.
      if (!jobs.size) for (const x of workers) x.unref();
    });
    w.unref();
    return w;
  });
  pool = { workers, next: 0, jobs, id: 0 };
  return pool;
}

function draw(input: OgCardInput): Promise<Buffer> {
  const p = startPool();
  if (!p) return drawOgPng(input);
  const id = ++p.id;
  const worker = p.workers[p.next++ % p.workers.length]!;
  worker.ref();
  return new Promise((resolve, reject) => {
    p.jobs.set(id, { resolve, reject });
    worker.postMessage({ id, input });
  });
}

export async function renderOgPng(input: OgCardInput): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify({ v: DESIGN_VERSION, input }))
    .digest('hex')
    .slice(0, 32);
  const file = join(cacheDir(), `${key}.png`);
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const png = await draw(input);
  mkdirSync(cacheDir(), { recursive: true });
  // Same directory, so the rename is atomic (same file system); unique per
  // process and call, so two writers never share a temporary file.
  const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    writeFileSync(tmp, png);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  return png;
}

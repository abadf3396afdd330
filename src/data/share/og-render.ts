// Share images at build time, drawn by og-draw.ts. Images are cached by a hash
// of their content, so an unchanged claim's image is not drawn again on the
// next build. A cold build draws thousands: worker threads, one per core, draw
// them from a queue, and the build queues every claim's image as soon as it
// first lists the claims' pages (drawAhead), so they are drawn while the pages
// render rather than when the images' own route comes last. Workers write
// the cache file themselves (whole or not at all: writeWhole), so the bytes
// never pass through the build's thread until the image's route reads them.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OgCardInput } from '../../lib/share/og-card.ts';
import { drawOgPng, ogCacheDir, writeWhole } from './og-draw.ts';

// Bump when the card's design changes, so cached images are redrawn.
const DESIGN_VERSION = 2;

/** Where the worker's source is: the build runs from the project's root, and bundles this module elsewhere. */
const WORKER = resolve('src/data/share/og-worker.ts');
/** Cards a worker holds at once: enough to keep its native threads busy, few enough that queued cards cost no memory. */
const PER_WORKER = 2;

interface Job {
  id: number;
  input: OgCardInput;
  file: string;
  resolve: () => void;
  reject: (error: Error) => void;
}
interface Pool {
  workers: { worker: Worker; busy: number }[];
  queue: Job[];
  running: Map<number, Job>;
  id: number;
}
let pool: Pool | undefined;

function startPool(): Pool | undefined {
  if (pool || !existsSync(WORKER)) return pool;
  const p: Pool = { workers: [], queue: [], running: new Map(), id: 0 };
  for (let i = 0; i < Math.max(1, availableParallelism()); i++) {
    const slot = { worker: new Worker(WORKER), busy: 0 };
    slot.worker.on('message', ({ id, error }: { id: number; error?: string }) => {
      const job = p.running.get(id)!;
      p.running.delete(id);
      slot.busy--;
      if (error) job.reject(new Error(error));
      else job.resolve();
      dispatch(p);
    });
    // Idle workers must not keep the build's process alive.
    slot.worker.unref();
    p.workers.push(slot);
  }
  pool = p;
  return p;
}

function dispatch(p: Pool) {
  for (const slot of p.workers) {
    while (slot.busy < PER_WORKER && p.queue.length) {
      const job = p.queue.shift()!;
      p.running.set(job.id, job);
      slot.busy++;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, input: job.input, file: job.file });
    }
    if (!slot.busy) slot.worker.unref();
  }
}

/** Draws the card into its cache file: in a worker, or here when workers cannot start. */
function draw(input: OgCardInput, file: string): Promise<void> {
  const p = startPool();
  if (!p) return drawOgPng(input).then((png) => writeWhole(file, png));
  return new Promise((resolve, reject) => {
    p.queue.push({ id: ++p.id, input, file, resolve, reject });
    dispatch(p);
  });
}

const cacheFile = (input: OgCardInput) =>
  join(
    ogCacheDir(),
    `${createHash('sha256')
      .update(JSON.stringify({ v: DESIGN_VERSION, input }))
      .digest('hex')
      .slice(0, 32)}.png`,
  );

/** Images being drawn, by cache file: asked for twice, drawn once. */
const drawing = new Map<string, Promise<void>>();

function drawToCache(input: OgCardInput, file: string): Promise<void> {
  const done = draw(input, file);
  drawing.set(file, done);
  const forget = () => void drawing.delete(file);
  done.then(forget, forget);
  return done;
}

export async function renderOgPng(input: OgCardInput): Promise<Buffer> {
  const file = cacheFile(input);
  const pending = drawing.get(file);
  if (pending) await pending;
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await drawToCache(input, file);
  return readFileSync(file);
}

/**
 * Queues every image not yet cached, without waiting: the workers draw while
 * the build renders pages. A failure is left for renderOgPng to meet and
 * report, when the image's own route asks for it.
 */
export function drawAhead(inputs: OgCardInput[]): void {
  for (const input of inputs) {
    const file = cacheFile(input);
    if (!drawing.has(file) && !existsSync(file)) drawToCache(input, file).catch(() => undefined);
  }
}

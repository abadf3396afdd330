// A share-image drawing thread: the build hands it cards and gets PNGs back,
// so images are drawn on every core while pages render (og-render.ts).
import { parentPort } from 'node:worker_threads';
import { drawOgPng } from './og-draw.ts';

parentPort!.on('message', async ({ id, input }) => {
  try {
    parentPort!.postMessage({ id, png: await drawOgPng(input) });
  } catch (error) {
    parentPort!.postMessage({ id, error: String((error as Error).stack ?? error) });
  }
});

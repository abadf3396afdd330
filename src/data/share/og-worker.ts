// A share-image drawing thread: the build hands it a card and the cache file
// to write, and hears back when the file is whole (og-render.ts). The image's
// bytes never cross to the build's thread, which is busy rendering pages.
import { parentPort } from 'node:worker_threads';
import { drawOgPng, writeWhole } from './og-draw.ts';

parentPort!.on('message', async ({ id, input, file }) => {
  try {
    writeWhole(file, await drawOgPng(input));
    parentPort!.postMessage({ id });
  } catch (error) {
    parentPort!.postMessage({ id, error: String((error as Error).stack ?? error) });
  }
});

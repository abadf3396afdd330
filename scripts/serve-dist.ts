// Serves a built site the way a static host would (base path, gzip, the site's
// 404 page): what the browser tests run against.
// node scripts/serve-dist.ts [--dir dist] [--base /] [--port 4329]
import { parseArgs } from 'node:util';
import { staticServer } from './lib/static-server.ts';
import { basePath } from '../src/lib/site/deploy-env.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, base: { type: 'string' }, port: { type: 'string' } } });
try {
  const server = await staticServer(values.dir ?? 'dist', Number(values.port ?? 4329), basePath({ BASE_PATH: values.base }));
  console.log(`serving ${values.dir ?? 'dist'} at ${server.url}`);
} catch (error) {
  // A busy port: say so in one line and exit, so the test run stops there.
  console.error(`serve-dist: ${(error as Error).message}`);
  process.exit(1);
}

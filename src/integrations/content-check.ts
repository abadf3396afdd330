// The content check runs before Astro reads anything: a broken content file
// ends `astro build` with the report alone (file → field → fix) and exit code
// 1 — no stack trace, no error banner, no location inside Astro, which an
// editor would read as a crash of the tool. A content file is refused before
// any of it is compiled, so nothing in content/ runs as code. In `npm run dev`
// the same report is printed here and shown on every page until the file is
// fixed (src/data/content/checked.ts runs the check again for each build of a page).
import type { AstroIntegration } from 'astro';
import { readContentFiles } from '../data/content/files.ts';
import { checkContentFiles } from '../lib/checks/check-files.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { contentDir, contentRoot } from '../lib/content/root.ts';
import { stopBuild } from './stop-build.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'explainer-content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems } = await checkContentFiles(readContentFiles(contentRoot()), new Date().toISOString().slice(0, 10));
        if (!problems.length) return;
        if (command === 'dev') {
          logger.warn(formatProblems(problems, contentDir()));
          return;
        }
        stopBuild(problems, 'The build stopped: nothing was built.');
      },
    },
  };
}

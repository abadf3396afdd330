// After the build: the URLs it published, read from the files it wrote, go to
// dist/published-urls.txt (what `npm run lock` merges into the lockfile),
// and any URL in the committed lockfile that this build did not write stops
// the build, naming the URL and the fix. A new route is protected the day it ships.
// A link between the site's own pages that leads to no file it wrote fails it too.
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../lib/content/root.ts';
import { builtUrls, LOCKFILE, parseLockfile } from '../lib/site/published-urls.ts';
import { checkInternalLinks, checkLockedUrls, type LinkSource } from '../lib/checks/published-urls.ts';
import { brokenLinks } from '../lib/site/internal-links.ts';
import { stopBuild } from './stop-build.ts';
import { readYamlData } from '../lib/checks/files/yaml-data.ts';
import { splitFrontmatter } from '../lib/checks/files/mdx-body.ts';
import { routes } from '../lib/site/paths.ts';

function files(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), root) : [relative(root, join(dir, e.name)).split(sep).join('/')],
  );
}

/** The explainer file that writes a page's links, read from the content folder: explainers/<id>/, or the home page's. */
function explainerSource(): LinkSource {
  const dir = join(contentRoot(), 'explainers');
  const read = (name: string) => {
    const path = join(dir, name);
    return existsSync(path) ? { file: relative(process.cwd(), path), text: readFileSync(path, 'utf8') } : undefined;
  };
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.mdx')) : [];
  return (page) => {
    const id = /^explainers\/([a-z0-9-]+)\/$/.exec(page)?.[1];
    if (id) return read(`${id}.mdx`);
    if (page !== '') return undefined;
    return names.map(read).find((f) => f && readYamlData(splitFrontmatter(f.text).frontmatter ?? '').data?.home === true);
  };
}

export default function publishedUrlsIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'explainer-published-urls',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const written = files(out);
        const have = new Set(written);
        const pages = written
          .filter((f) => f.endsWith('.html'))
          .map((f) => ({ page: f.replace(/(^|\/)index\.html$/, '$1'), html: readFileSync(join(out, f), 'utf8') }));
        const eventPages = join(out, routes.eventPages().replace(/^\//, ''));
        const eventIds = existsSync(eventPages) ? Object.keys(JSON.parse(readFileSync(eventPages, 'utf8'))) : [];
        const published = builtUrls(written, eventIds);
        published.add(routes.publishedUrls());
        const broken = checkInternalLinks(
          brokenLinks(pages, base, (f) => have.has(f)),
          explainerSource(),
          published,
        );
        writeFileSync(join(out, routes.publishedUrls().replace(/^\//, '')), [...published].sort().join('\n') + '\n');
        const lockfile = join(contentRoot(), LOCKFILE);
        const locked = existsSync(lockfile) ? parseLockfile(readFileSync(lockfile, 'utf8')) : [];
        const problems = [...broken, ...checkLockedUrls(locked, published, relative(process.cwd(), lockfile))];
        if (problems.length)
          stopBuild(problems, `The pages were written to ${relative(process.cwd(), out) || '.'}/, but they break links: do not deploy them.`);
        logger.info(`${published.size} URLs published; all ${locked.length} locked URLs still built`);
      },
    },
  };
}

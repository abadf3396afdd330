// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';
import headers from './src/integrations/headers.ts';
import stripPreload from './src/integrations/strip-preload.ts';
import publishedUrls from './src/integrations/published-urls.ts';
import schemaCache from './src/integrations/schema-cache.ts';
import contentCheck from './src/integrations/content-check.ts';
import indexedSitemap from './src/integrations/sitemap.ts';
import { basePath, siteUrl } from './src/lib/site/deploy-env.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES, sha256 } from './src/lib/site/csp.ts';
import { THEME_SCRIPT } from './src/lib/site/theme-script.ts';

// SITE_URL gives absolute share links and canonical URLs; BASE_PATH serves the
// site under a sub-path (/explainer/). Every internal link goes through src/lib/site/paths.ts.
export default defineConfig({
  site: siteUrl(process.env),
  base: basePath(process.env),
  trailingSlash: 'always',
  output: 'static',
  // Several pages at once, so a page waiting for its share image (src/data/share/og-render.ts) does not
  // hold up the rest. Images are now queued ahead of their route (src/data/share/og-ahead.ts), and 1 and 4
  // measure alike within this machine's noise; BUILD_CONCURRENCY changes it.
  build: { format: 'directory', concurrency: Number(process.env.BUILD_CONCURRENCY ?? 4) },
  integrations: [contentCheck(), schemaCache(), mdx(), stripPreload(), pagefind(), headers(), ...indexedSitemap(), publishedUrls()],
  // No code blocks in this content, and Shiki's inline styles would fight the CSP.
  markdown: { syntaxHighlight: false },
  // Astro hashes the scripts it bundles and writes a CSP <meta> into every page;
  // the inline theme script is hashed here. src/lib/site/csp.ts says why each source.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: SCRIPT_SOURCES, hashes: [sha256(THEME_SCRIPT)] },
      styleDirective: { resources: STYLE_SOURCES },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Lazy chunks (search, highlight) load by plain import(): no 1.7 KB
      // preload helper on every page for them.
      modulePreload: false,
      rollupOptions: {
        // Astro marks MDX modules with its own "use astro:head-inject" directive,
        // which the bundler warns about once per file; it is Astro's, not ours.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // Fixture builds (tests/build) use their own cache so they never mix with the site's content store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});

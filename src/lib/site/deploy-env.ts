// Deployment settings read from the environment, normalised once.

/** "/explainer" or "explainer/" → "/explainer/"; unset → "/". */
export function basePath(env: Record<string, string | undefined>): string {
  const raw = (env.BASE_PATH ?? '/').trim();
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const LOCAL = 'http://localhost:4321';

/**
 * Whether this build is meant for the public: asked for (`npm run
 * build:deploy` sets DEPLOY=1) or run by a static host's build (Netlify,
 * Cloudflare Pages, Vercel set these).
 */
export function isDeployBuild(env: Record<string, string | undefined>): boolean {
  return ['DEPLOY', 'NETLIFY', 'CF_PAGES', 'VERCEL'].some((k) => !!env[k] && env[k] !== '0' && env[k] !== 'false');
}

/**
 * The origin share links and canonical URLs are built on. A local build
 * uses localhost; a deploy build refuses it, since every canonical link,
 * share image and claims.json entry would point to the reader's own machine.
 */
export function siteUrl(env: Record<string, string | undefined>): string {
  const raw = env.SITE_URL?.trim();
  const url = new URL(raw || LOCAL);
  if (isDeployBuild(env) && /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(url.hostname)) {
    throw new Error(
      `SITE_URL is ${raw ? `"${raw}", a local address` : 'not set'}: a deploy build would write ${url.origin} into every canonical link, share image and claims.json. ` +
        'Set it to the public origin, e.g. SITE_URL=https://explainer.example npm run build:deploy (see README, Deploying).',
    );
  }
  return url.origin;
}

// Deployment settings read from the environment, normalised once.

/** "/explainer" or "explainer/" → "/explainer/"; unset → "/". */
export function basePath(env: Record<string, string | undefined>): string {
  const raw = (env.BASE_PATH ?? '/').trim();
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The origin share links and canonical URLs are built on. */
export function siteUrl(env: Record<string, string | undefined>): string {
  const raw = env.SITE_URL?.trim() || 'http://localhost:4321';
  const url = new URL(raw);
  return url.origin;
}

// The `_headers` file static hosts (Netlify, Cloudflare Pages and others) read:
// the same Content-Security-Policy the pages carry in <meta> (merged across
// pages, plus what only a header can say), the usual hardening headers, and
// long immutable caching for files whose names change with their content.

/** Merges CSP strings: for each directive, the union of its sources, in first-seen order. */
export function mergeCsp(policies: string[], extra: string[] = []): string {
  const directives = new Map<string, string[]>();
  for (const policy of [...policies, ...extra]) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
      if (!name) continue;
      const list = directives.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      directives.set(name, list);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export interface HeadersOptions {
  /** The policy of claim cards (/claims/<id>/embed/), which other sites may frame. */
  embedCsp: string;
  /**
   * Cloudflare Pages joins the values of every rule that matches, so the card's
   * rule first detaches the site-wide policy ("! Name"); Netlify and this
   * repository's test server let a later rule replace a header instead.
   */
  cloudflare?: boolean;
}

export function headersFile(base: string, csp: string, { embedCsp, cloudflare = false }: HeadersOptions): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const immutable = 'Cache-Control: public, max-age=31536000, immutable';
  return [
    `${b}*`,
    `  Content-Security-Policy: ${csp}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    '  X-Frame-Options: DENY',
    '',
    '# Claim cards, and only they, may be framed by other sites (a frame-ancestors',
    '# policy makes browsers ignore X-Frame-Options).',
    `${b}claims/:id/embed/`,
    ...(cloudflare ? ['  ! Content-Security-Policy', '  ! X-Frame-Options'] : []),
    `  Content-Security-Policy: ${embedCsp}`,
    '',
    '# Hashed file names: safe to keep for a year.',
    `${b}_astro/*`,
    `  ${immutable}`,
    `${b}pagefind/index/*`,
    `  ${immutable}`,
    `${b}pagefind/fragment/*`,
    `  ${immutable}`,
    `${b}pagefind/filter/*`,
    `  ${immutable}`,
    '',
    '# Same names on every build (pagefind.js, its entry file, share images): revalidate.',
    `${b}pagefind/*`,
    '  Cache-Control: public, max-age=3600, must-revalidate',
    `${b}og/*`,
    '  Cache-Control: public, max-age=86400',
    '',
  ].join('\n');
}

interface HeaderRule {
  pattern: RegExp;
  set: [string, string][];
  detach: string[];
}

/** The rules of a `_headers` file: a path (with :placeholders and a * splat) and its indented header lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[a-z]\w*/gi, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) continue;
    const detached = /^\s*!\s*(\S+)\s*$/.exec(line);
    if (detached) rule.detach.push(detached[1]!.toLowerCase());
    else {
      const [name, ...value] = line.trim().split(':');
      rule.set.push([name!.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

/** The headers a path gets: every matching rule in order, a later one replacing (or detaching) a header an earlier one set. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out = new Map<string, [string, string]>();
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const name of rule.detach) out.delete(name);
    for (const [name, value] of rule.set) out.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries(out.values());
}

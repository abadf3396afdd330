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

export function headersFile(base: string, csp: string): string {
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

// The site's Content-Security-Policy. Scripts: our own files, hashed inline
// scripts, and 'wasm-unsafe-eval' for Pagefind's WebAssembly — never
// 'unsafe-inline'. Styles allow inline because a few style attributes carry
// data (a diagram's column count) and the search panel injects its CSS.
import { createHash } from 'node:crypto';

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const STYLE_SOURCES = ["'self'", "'unsafe-inline'"];

export function sha256(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/** Directives only a response header can carry (a <meta> CSP ignores them). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];
/** The same for claim cards, which any site may frame. */
export const EMBED_HEADER_DIRECTIVES = ['frame-ancestors *'];

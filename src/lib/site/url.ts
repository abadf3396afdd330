// Astro-side helpers: the base path and site origin of this build, applied to routes.
import { absoluteUrl, withBase } from './paths.ts';

export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);
export const absolute = (path: string) => absoluteUrl(String(import.meta.env.SITE), import.meta.env.BASE_URL, path);

// Whether Astro's content cache was written under other schemas than these
// (see src/integrations/schema-cache.ts). No stamp yet: the cache may be old.
export const cacheIsStale = (stamp: string, written: string | undefined) => written?.trim() !== stamp;

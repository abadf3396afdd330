// Search answers arrive out of order: a search for "rival thermostats" may
// finish after the one the reader started by ticking a filter a moment later.
// Only the newest call's answer may be shown.

/**
 * Wraps an async function so that a call resolves to null when a newer call
 * started before it finished. `isLatest` lets the function stop early.
 */
export function latestOnly<A extends unknown[], R>(fn: (isLatest: () => boolean, ...args: A) => Promise<R | null>): (...args: A) => Promise<R | null> {
  let latest = 0;
  return async (...args: A) => {
    const call = ++latest;
    const isLatest = () => call === latest;
    const out = await fn(isLatest, ...args);
    return isLatest() ? out : null;
  };
}

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

/**
 * Runs one task at a time, instead of waiting a fixed time after each
 * keystroke: an idle engine searches at once, and a call that arrives while
 * a task runs waits for it, then starts only if `wanted()` still says so
 * (with latestOnly, only the newest waiting call does). A fast typist gets
 * at most one search in flight; a pause gets its results without a debounce.
 * A task still running after `maxWaitMs` (a request that never settles) is
 * no longer waited for, so one stall cannot hold every later search.
 */
export function oneAtATime(maxWaitMs = 3000) {
  let running: Promise<void> | undefined;
  return async <T>(wanted: () => boolean, task: () => Promise<T>): Promise<T | null> => {
    while (running) {
      const waited = running;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = await Promise.race([waited.then(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(true), maxWaitMs)))]);
      clearTimeout(timer);
      if (late && running === waited) running = undefined;
    }
    if (!wanted()) return null;
    const out = task();
    const done = out.then(
      () => {},
      () => {},
    );
    running = done;
    void done.then(() => {
      if (running === done) running = undefined;
    });
    return out;
  };
}

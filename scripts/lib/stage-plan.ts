// Which of npm test's stages may start now. Each stage says how many of the
// machine's cores it keeps busy, which stages must finish first, and which
// shared folder it writes (every Astro command writes the project's .astro/,
// so two never run at once). Stages start in the plan's order; one that is
// ready but waits for cores holds back those after it, so the browser suites,
// which use both cores, are not starved by the small stages behind them.

export interface Stage {
  name: string;
  /** Cores it keeps busy: 2 for the browser suites, 1 for a single process. */
  cores: 1 | 2;
  /** Stages that must have finished (their output is this one's input). */
  after?: readonly string[];
  /** A shared thing it writes: no two stages holding the same lock run at once. */
  lock?: string;
  /** Arguments for its npm script (after `--`), such as a browser suite's worker count. */
  args?: readonly string[];
}

export interface PlanState {
  done: ReadonlySet<string>;
  running: ReadonlySet<string>;
}

/** The stages to start now, in the plan's order. */
export function startable(plan: readonly Stage[], state: PlanState, cores: number): Stage[] {
  const byName = new Map(plan.map((s) => [s.name, s]));
  const running = [...state.running].map((n) => byName.get(n)!);
  let free = cores - running.reduce((n, s) => n + s.cores, 0);
  const locks = new Set(running.flatMap((s) => (s.lock ? [s.lock] : [])));
  const start: Stage[] = [];
  for (const stage of plan) {
    if (state.done.has(stage.name) || state.running.has(stage.name)) continue;
    if (!(stage.after ?? []).every((a) => state.done.has(a))) continue;
    if (stage.lock && locks.has(stage.lock)) continue;
    // Ready but for cores: those after it wait too, so it runs as soon as they are free
    // (a one-core stage that does not fit leaves no core for any after it either).
    if (stage.cores > free) break;
    start.push(stage);
    free -= stage.cores;
    if (stage.lock) locks.add(stage.lock);
  }
  return start;
}

/** Refuses a plan that could never finish: an unknown or later stage in `after`. */
export function checkPlan(plan: readonly Stage[]): void {
  const seen = new Set<string>();
  for (const s of plan) {
    for (const a of s.after ?? []) if (!seen.has(a)) throw new Error(`stage ${s.name}: "${a}" in after must be a stage listed before it`);
    seen.add(s.name);
  }
}

// How a content problem ends a build: the report alone (file → field → fix),
// then a line saying what was left behind, and exit code 1. Thrown instead,
// Astro would print it as a crash of its own, with a stack trace and a
// location inside node_modules.
import { formatProblems, type Problem } from '../lib/content/problems.ts';
import { contentDir } from '../lib/content/root.ts';

export function stopBuild(problems: Problem[], leftBehind: string): never {
  process.stderr.write(`\n${formatProblems(problems, contentDir())}\n\n${leftBehind} Fix the files above and build again.\n`);
  process.exit(1);
}

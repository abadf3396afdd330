// An alias must never shadow a live claim or another alias.
import type { ClaimWithAliases } from '../content/aliases.ts';
import { fileOf, type Problem } from '../content/problems.ts';
import { routes } from '../site/paths.ts';

export function checkAliases(claims: ClaimWithAliases[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(claims.map((c) => c.id));
  const owner = new Map<string, string>();
  for (const c of claims) {
    c.data.aliases.forEach((alias, i) => {
      const field = `aliases[${i}]`;
      if (ids.has(alias)) {
        problems.push({
          file: fileOf('claims', c),
          field,
          message: `alias "${alias}" is the id of a live claim${alias === c.id ? ' (this one)' : ''}, so ${routes.claim(alias)} cannot also redirect`,
          fix: alias === c.id ? 'remove it: a claim does not need its own id as an alias' : `remove the alias, or rename content/claims/${alias}.yaml`,
        });
      } else if (owner.has(alias)) {
        problems.push({
          file: fileOf('claims', c),
          field,
          message: `alias "${alias}" is already an alias of "${owner.get(alias)}"`,
          fix: 'an old id can redirect to one claim only; keep it on the claim that replaced it',
        });
      } else owner.set(alias, c.id);
    });
  }
  return problems;
}

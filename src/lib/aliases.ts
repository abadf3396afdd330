// Old claim ids kept as aliases build redirect pages, so a shared link never
// breaks. An alias must never shadow a live claim or another alias.
import { fileOf, type Problem } from './integrity.ts';

interface ClaimLike {
  id: string;
  filePath?: string;
  data: { aliases: string[] };
}

export function checkAliases(claims: ClaimLike[]): Problem[] {
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
          message: `alias "${alias}" is the id of a live claim${alias === c.id ? ' (this one)' : ''}, so /claims/${alias}/ cannot also redirect`,
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

/** alias → current claim id. */
export function aliasMap(claims: ClaimLike[]): Map<string, string> {
  return new Map(claims.flatMap((c) => c.data.aliases.map((a) => [a, c.id] as const)));
}

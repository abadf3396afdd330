// An alias must never shadow a live claim or another alias, and a published
// claim's id must live on: as a claim's id, or as an alias of the claim that
// replaced it.
import type { ClaimWithAliases } from '../content/aliases.ts';
import { fileOf, newFileFor, type Problem } from '../content/problems.ts';
import { routes } from '../site/paths.ts';
import type { ClaimLock } from '../revisions/claims.ts';
import { comparable, evidenceKey, nearDistance } from './duplicates.ts';

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

/** A claim as its file gives it, quotes as typed (located or not). */
export interface ClaimOnFile {
  id: string;
  file: string;
  aliases: string[];
  statement: string;
  evidence: { source: string; quote: string }[];
}

/**
 * A published claim whose id is neither a claim's nor an old id (alias) of
 * one: its page's URL was shared, and would lead nowhere. When a claim that
 * was never published quotes the same words, or says nearly the same, it is
 * the renamed one, and its file is where the fix goes; otherwise the claim
 * was removed, and the fix is to restore its file.
 */
export function checkRemovedClaims(lock: ClaimLock, claims: ClaimOnFile[], lockFile: string): Problem[] {
  const known = new Set(claims.flatMap((c) => [c.id, ...c.aliases]));
  const unpublished = claims.filter((c) => !lock[c.id] && !c.aliases.some((a) => lock[a]));
  return Object.entries(lock)
    .filter(([id]) => !known.has(id))
    .map(([id, was]): Problem => {
      const quotes = evidenceKey(was.evidence);
      const statement = comparable(was.statement);
      const renamed =
        unpublished.find((c) => evidenceKey(c.evidence) === quotes) ?? unpublished.find((c) => nearDistance(comparable(c.statement), statement) !== undefined);
      const url = routes.claim(id);
      const file = newFileFor('claims', id);
      if (renamed)
        return {
          file: renamed.file,
          field: 'aliases',
          message: `${evidenceKey(renamed.evidence) === quotes ? `this claim quotes the same words as the published claim "${id}"` : `this claim says nearly what the published claim "${id}" said`}, and no claim keeps that id: links to ${url} would break (${lockFile})`,
          fix: `if it is that claim renamed, add its old id: aliases: [${[...renamed.aliases, id].join(', ')}]; if not, restore ${file} (git show HEAD:${file} > ${file})`,
        };
      return {
        file,
        field: 'file',
        message: `is gone, but the claim "${id}" was published on ${was.published} (${lockFile}): links to ${url} would break`,
        fix: `restore the file (git show HEAD:${file} > ${file}), or, if another claim replaced it, add "${id}" to that claim's aliases`,
      };
    });
}

// A published claim changes only with a visible correction: each locked claim
// is compared with what it says now (src/lib/content/revisions.ts). A change needs a
// corrections entry newer than the lock; a published correction stays as it was.
import { newFileFor, type Problem } from '../content/problems.ts';
import { routes } from '../site/paths.ts';
import { comparable, evidenceKey, nearDistance } from './duplicates.ts';
import { alteredCorrection, changedFields, publishedDay, resolveLocked, type CurrentClaim, type RevisionLock } from '../content/revisions.ts';

const short = (s: string, max = 120) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function describe(field: string, was: CurrentClaim | RevisionLock[string], now: CurrentClaim): string {
  if (field === 'statement') return `the statement was "${short(was.statement)}" and is now "${short(now.statement)}"`;
  if (field === 'status') return `the status was "${was.status}" and is now "${now.status}"`;
  const i = Number(/\[(\d+)\]/.exec(field)?.[1]);
  const a = was.evidence[i];
  const b = now.evidence[i];
  if (!a) return `evidence[${i}] was added`;
  if (!b) return `evidence[${i}] ("${short(a.quote, 60)}") was removed`;
  if (field.endsWith('.note')) return `evidence[${i}]'s note was "${short(a.note ?? '', 60)}" and is now "${short(b.note ?? '', 60)}"`;
  if (field.endsWith('.attribution'))
    return `evidence[${i}] was said by "${a.attribution}" and is now said by "${b.attribution}"${b.by?.length ? ` (its claim's attribution, and the names and titles in ${b.by.map((id) => `content/actors/${id}.yaml`).join(', ')})` : ''}`;
  return `evidence[${i}] quoted "${short(a.quote, 60)}" (${a.source}) and now quotes "${short(b.quote, 60)}" (${b.source})`;
}

const reread = (places: string[]) =>
  places.length
    ? `; the explainers say it in their own words, which a correction does not change: reread ${places.slice(0, 4).join('; ')}${places.length > 4 ? ` and ${places.length - 4} more` : ''}`
    : '';

/**
 * `markedIn` gives the places that mark a claim in an explainer's own words
 * ("content/explainers/x.mdx (body, line 12)"): a correction changes the claim,
 * not those words, so the fix names them to reread.
 */
export function checkRevisions(
  lock: RevisionLock,
  current: (CurrentClaim & { file: string })[],
  lockFile: string,
  today: string,
  markedIn: (id: string) => string[] = () => [],
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [id, was] of Object.entries(lock)) {
    const now = resolveLocked(id, current) as (CurrentClaim & { file: string }) | undefined;
    // A removed or renamed claim without its old id is refused by checkRemovedClaims.
    // A renamed claim is checked once, against its own id's record when it has one.
    if (!now || seen.has(now.id) || (now.id !== id && lock[now.id])) continue;
    seen.add(now.id);
    const altered = alteredCorrection(was, now);
    if (altered !== undefined) {
      const c = was.corrections[altered]!;
      problems.push({
        file: now.file,
        field: `corrections[${altered}]`,
        message: `a published correction (${c.date}: "${short(c.changed, 80)}") was removed or reworded; readers were shown it, so it stays as published (${lockFile})`,
        fix: `restore it exactly as it was (git show HEAD:${now.file}); to correct a correction, add a new entry below it`,
      });
      continue;
    }
    const fields = changedFields(was, now);
    const added = now.corrections.length - was.corrections.length;
    // A record from before attribution was locked cannot show that nothing changed.
    if (!fields.length && added > 0 && was.evidence.every((e) => e.attribution !== undefined)) {
      const i = was.corrections.length;
      problems.push({
        file: now.file,
        field: `corrections[${i}]`,
        message: `is new ("${short(now.corrections[i]!.changed, 80)}"), but the claim reads as it was published on ${was.published} (${lockFile}): its statement, status, quotes, sources, attribution and notes are unchanged, so readers would be told of a change they cannot see`,
        fix: 'make the change the correction describes (a correction goes with the change it explains), or remove the entry',
      });
      continue;
    }
    if (!fields.length || added > 0) continue;
    problems.push({
      file: now.file,
      field: fields.join(', '),
      message: `changed since it was published on ${was.published} (${lockFile}) without a correction: ${fields.map((f) => describe(f, was, now)).join('; ')}`,
      fix: `undo the change, or add a correction readers will see — corrections: [{ date: ${today}, changed: "what changed, in a sentence", reason: "why" }] — then run npm run build && npm run lock${reread(markedIn(now.id))}`,
    });
  }
  return problems;
}

/**
 * A correction is dated the day readers could see it: not after today, and not
 * before the claim was published (the first day its id, or an old id, was locked).
 */
export function checkCorrectionDates(current: (CurrentClaim & { file: string })[], lock: RevisionLock, today: string): Problem[] {
  return current.flatMap((c) => {
    const published = publishedDay(lock, c.id, c.aliases);
    return c.corrections.flatMap((x, i): Problem[] => {
      const field = `corrections[${i}].date`;
      if (x.date > today) return [{ file: c.file, field, message: `${x.date} is after today (${today})`, fix: 'date the correction the day it is published' }];
      if (published && x.date < published)
        return [
          {
            file: c.file,
            field,
            message: `${x.date} is before the claim was published (${published})`,
            fix: 'date the correction the day it is published; what the claim said before publication needs none',
          },
        ];
      return [];
    });
  });
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
export function checkRemovedClaims(lock: RevisionLock, claims: ClaimOnFile[], lockFile: string): Problem[] {
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

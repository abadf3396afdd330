// A source arrives after publication: the steps of docs/EDITING.md ("When a new
// source arrives after publication"), taken on a copy of the invented story
// (tests/fixtures/fictional-story/, published: its URL and revision locks are
// committed) with the editor's own commands. A fourth invented newspaper's saved
// page is imported; it corroborates two published claims (each with an update),
// dates the board's letter to the day (an update that keeps the earlier dating)
// and reports a new fact (a claim and an event); and a published claim that
// said more than its sources is corrected. tests/build/arriving-source.test.ts
// builds the result before and after the explainers are reread.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const ARRIVING = {
  page: join(ROOT, 'tests/fixtures/import/story-pages/brannock-isle-news-2025-04.html'),
  source: 'brannock-isle-news-2025-04-totals-accepted',
  publisher: 'brannock-isle-news',
  corroborated: ['tidewright-offered-monthly-totals', 'tidewright-runs-three-sailings-a-day'],
  narrowed: { event: 'board-asks-for-records', was: '2025-02', now: '2025-02-06' },
  claim: 'board-accepted-monthly-totals',
  event: 'board-accepts-totals',
  /** A claim the editor, rereading, finds said more than its sources: corrected. */
  corrected: 'landing-licence-due-for-renewal',
};

/** Runs one of the project's commands (`npm run <script>`) on a content folder, as an editor would. */
export function editorRuns(contentDir: string, script: string, args: string[] = []) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', `${script}.ts`), ...args], {
    env: { ...process.env, CONTENT_ROOT: contentDir },
    encoding: 'utf8',
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

/** The editor's content changes, dated `today`: everything short of rereading the explainers. */
export function addArrivingSource(contentDir: string, today: string): { importOutput: string } {
  const a = ARRIVING;
  writeFileSync(
    join(contentDir, 'actors', `${a.publisher}.yaml`),
    'name: Brannock Isle News\nkind: publication\nrole: Invented community newspaper of the invented Brannock Isle; reported the board’s April vote.\nalsoKnownAs: [the Isle News]\n',
  );
  const imported = editorRuns(contentDir, 'import-article', [
    a.page,
    '--id',
    a.source,
    '--publisher',
    a.publisher,
    '--cites',
    'saltmere-courier-2025-03-ferry-records',
  ]);
  if (imported.code !== 0) throw new Error(`import failed:\n${imported.out}`);

  // Two published claims, corroborated: a quote each, and an update readers see.
  const update = `updates:\n  - date: ${today}\n    note: Also reported by Brannock Isle News.\n`;
  const corroborate = (claim: string, quote: string) =>
    // The Isle News's own reporting: no one it quotes or cites says these words.
    edit(
      join(contentDir, 'claims', `${claim}.yaml`),
      (t) => `${t.replace(/^evidence:\n/m, `evidence:\n  - source: ${a.source}\n    quote: "${quote}"\n    attribution: []\n`)}${update}`,
    );
  corroborate(a.corroborated[0]!, 'They carry no names and no postcodes.');
  corroborate(a.corroborated[1]!, 'Tidewright sails three times a day from Saltmere’s town quay to Brannock Isle');

  // The board's letter, dated to the day: an update that keeps the dating it replaces.
  edit(join(contentDir, 'events', `${a.narrowed.event}.yaml`), (t) =>
    t
      .replace(
        /^when:\n(?: {2}.*\n)+/m,
        `when:\n  date: ${a.narrowed.now}\n  basis: Brannock Isle News, on 24 April 2025, gives the day from the minutes of the board's March meeting.\n`,
      )
      .replace(/^claims: \[(.*)\]$/m, `claims: [$1, board-letter-dated-6-february]`)
      .concat(
        `updates:\n  - date: ${today}\n    note: Brannock Isle News dates the letter to 6 February 2025, from the board's minutes.\n    was: "${a.narrowed.was}"\n`,
      ),
  );
  writeFileSync(
    join(contentDir, 'claims', 'board-letter-dated-6-february.yaml'),
    `statement: The board's minutes date its letter to Tidewright to 6 February 2025, Brannock Isle News reports.\nstatus: reported\nactors: [saltmere-harbour-board, ${a.publisher}]\ntopics: [the-request]\nevidence:\n  - source: ${a.source}\n    quote: "date that letter to 6 February 2025"\nrelated: [board-asked-for-ticket-records]\n`,
  );

  // What is new: a claim, and the event it backs.
  writeFileSync(
    join(contentDir, 'claims', `${a.claim}.yaml`),
    `statement: The harbour board voted to accept Tidewright's offer of monthly totals at its meeting on 16 April 2025, Brannock Isle News reports.\nstatus: reported\nactors: [saltmere-harbour-board, tidewright-ferries, ${a.publisher}]\ntopics: [what-comes-next]\nevidence:\n  - source: ${a.source}\n    quote: "has voted to accept Tidewright Ferries’ offer of monthly passenger totals, at its April meeting on Wednesday 16 April"\nrelated: [tidewright-offered-monthly-totals]\n`,
  );
  writeFileSync(
    join(contentDir, 'events', `${a.event}.yaml`),
    `when: 2025-04-16\ntitle: The board accepts the monthly totals\nsummary: At its April meeting the harbour board votes to accept Tidewright's offer of monthly passenger totals, Brannock Isle News reports.\nactors: [saltmere-harbour-board, tidewright-ferries]\nclaims: [${a.claim}]\n`,
  );
  // Rereading, the editor finds a published claim that said more than its sources: a correction.
  edit(join(contentDir, 'claims', `${a.corrected}.yaml`), (t) =>
    t
      .replace('is due for renewal in the autumn of 2025.', 'is due for renewal in the autumn.')
      .concat(
        `corrections:\n  - date: ${today}\n    changed: The statement gave the year of the renewal, 2025.\n    reason: The quoted articles say only that the licence comes up for renewal in the autumn.\n`,
      ),
  );
  return { importOutput: imported.out };
}

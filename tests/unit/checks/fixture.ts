// A small, valid, invented corpus for the content checks, shaped as Astro loads
// it (references are { collection, id }). Each test breaks one copy of it the
// way an editor might, and calls the checks directly: no site build needed.
import { parseArticleBody, passages } from '../../../src/lib/content/article.ts';
import type { ContentContext, ContentInput } from '../../../src/lib/checks/content.ts';
import type { FuzzyDate } from '../../../src/lib/content/dates.ts';

export const ref = (collection: string, id: string) => ({ collection, id });

const ARTICLE = [
  'The harbour board asked the ferry company for its timetables on a Tuesday.',
  'The company said no, citing its passengers’ privacy.',
  'A spokesperson for the board declined to comment.',
].join('\n\n');

/** A fresh copy each call, so a test may change it freely. */
export function fixture() {
  const file = (collection: string, id: string, ext = 'yaml') => `content/${collection}/${id}.${ext}`;
  const claim = (id: string, quote: string) => ({
    id,
    filePath: file('claims', id),
    data: {
      statement: `Claim ${id}.`,
      actors: [ref('actors', 'board')],
      topics: [ref('topics', 'the-request')],
      attribution: [],
      evidence: [{ source: ref('sources', 'gazette-report'), quote }],
      status: 'reported',
      related: [] as { collection: string; id: string }[],
      aliases: [] as string[],
      corrections: [] as { date: string; changed: string; reason: string }[],
    },
  });
  const input = {
    actors: [
      { id: 'board', filePath: file('actors', 'board'), data: { name: 'Harbour Board', kind: 'regulator', alsoKnownAs: ['port authority'] as string[] } },
      { id: 'gazette', filePath: file('actors', 'gazette'), data: { name: 'The Gazette', kind: 'publication' } },
    ],
    topics: [{ id: 'the-request', filePath: file('topics', 'the-request'), data: { title: 'The request', order: 1 } }],
    sources: [
      {
        id: 'gazette-report',
        filePath: file('sources', 'gazette-report', 'mdx'),
        body: ARTICLE,
        data: { kind: 'article' as string, publisher: ref('actors', 'gazette'), cites: [], seedFile: 'gazette.txt' as string | undefined },
      },
      {
        id: 'board-minutes',
        filePath: file('sources', 'board-minutes', 'mdx'),
        body: '',
        data: { kind: 'cited-report' as string, seedFile: undefined as string | undefined, publisher: ref('actors', 'board'), cites: [] },
      },
    ],
    claims: [
      claim('board-asked-for-timetables', 'asked the ferry company for its timetables'),
      claim('company-refused', 'The company said no, citing its passengers’ privacy.'),
    ],
    events: [
      {
        id: 'board-asks',
        filePath: file('events', 'board-asks'),
        data: {
          when: { kind: 'on', point: { precision: 'month', year: 2021, month: 4 } } as FuzzyDate,
          title: 'The board asks for the timetables',
          summary: 'The harbour board asks the ferry company for its timetables.',
          claims: [ref('claims', 'board-asked-for-timetables')],
          actors: [ref('actors', 'board')],
        },
      },
    ],
    explainers: [
      {
        id: 'the-story',
        filePath: file('explainers', 'the-story', 'mdx'),
        body: 'The board <Claim id="board-asked-for-timetables">asked</Claim>; see <Cite source="gazette-report" p={2} /> and <Term id="timetable">timetables</Term>.\n\n<Diagram id="who-asked" />\n',
        data: { home: true, order: 1 },
      },
      { id: 'method', filePath: file('explainers', 'method', 'mdx'), body: 'How claims are rated.\n\n<StatusList />\n', data: { home: false, order: 2 } },
    ],
    glossary: [
      {
        id: 'timetable',
        filePath: file('glossary', 'timetable'),
        data: { term: 'Timetable', alsoKnownAs: ['schedule'] as string[], claims: [ref('claims', 'company-refused')] },
      },
    ],
    diagrams: [
      {
        id: 'who-asked',
        filePath: file('diagrams', 'who-asked'),
        data: {
          participants: [ref('actors', 'board'), ref('actors', 'gazette')],
          steps: [{ from: ref('actors', 'board'), to: ref('actors', 'gazette'), claims: [ref('claims', 'company-refused')] }],
        },
      },
    ],
  };
  // Assigned, not annotated: the fixture carries more fields than the checks read.
  const checked: ContentInput = input;
  const ctx: ContentContext = {
    passages: new Map(checked.sources.map((s) => [s.id, passages(parseArticleBody(s.body ?? ''))])),
    files: Object.fromEntries(Object.entries(input).map(([c, entries]) => [c, (entries as { filePath: string }[]).map((e) => e.filePath.split('/').pop()!)])),
    seeds: (name) => (name === 'gazette.txt' ? { kind: 'text', text: ARTICLE } : undefined),
    today: '2026-11-26',
  };
  return { input, ctx };
}

/** The problems as "file → field: message" lines, the way the build log shows them. */
export const lines = (problems: { file: string; field: string; message: string }[]) => problems.map((p) => `${p.file} → ${p.field}: ${p.message}`);

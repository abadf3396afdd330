// The claim file an editor starts from, for words found in a source: written
// by `npm run claim:new` and shown by the dev-only selection panel on source
// pages. The statement is left empty: it is the editor's words, not the source's.
import { CLAIM_STATUS, keysOf } from './vocab.ts';

export interface ClaimStart {
  sourceId: string;
  /** The paragraph and the source's exact words (as placeQuote found them). */
  n: number;
  exact: string;
  /** Publishers of the reports the source relays (its cites): the claim is theirs, as the source tells it. */
  relayed: string[];
  /** The story's topic ids, to choose from. */
  topics: string[];
}

export function claimYaml(c: ClaimStart): string {
  return [
    `# The quote is ¶${c.n} of ${c.sourceId}, as the source words it.`,
    '# Write the statement in your own words (one sentence), check status, actors and topics, then build.',
    'statement: ""',
    `status: reported # ${keysOf(CLAIM_STATUS).join(' | ')}`,
    ...(c.relayed.length ? ['attribution:', ...c.relayed.map((a) => `  - { actor: ${a}, as: citing }`)] : []),
    'actors: []',
    `topics: [] # at least one of: ${c.topics.join(', ') || '(add a topic in content/topics/)'}`,
    'evidence:',
    `  - source: ${c.sourceId}`,
    `    quote: ${JSON.stringify(c.exact)}`,
    `    paragraph: ${c.n}`,
    '',
  ].join('\n');
}

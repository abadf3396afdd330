// "Which other companies did Amazon ask?" The sources speak of some groups
// without naming who is in them, and an editor marks such an actor `unnamed`.
// A question that asks which they are then has no answer among the results,
// however well the results match its other words: the page says the sources
// name none of them (see renderAbsent), and shows no answer card.
import { normalizeWords } from '../content/words.ts';
import type { AskedFigure } from './figures.ts';
import type { ActorNames } from './intent.ts';

/** How a question asking for names begins: "which", "what", "who are the", "what are the names of the", "name the", "list the". */
const ASKS_NAMES =
  /^(?:(?:so|and|but|ok|okay) )?(?:what (?:are|were|is) the names? of|which|what|who (?:are|were|is|was)|names? of|name|list)(?: all)?(?: of)?(?: the)? /;

/**
 * The unnamed group a question asks the names of, as the question names it
 * ("which other device makers did amazon ask": "other device makers"), or
 * undefined. The group's name or an alias must follow the question word:
 * "did amazon ask other companies" asks whether, not which. And the group must
 * be among the actors of the first claim shown (`leading`): "which other
 * companies did amazon negotiate with" may be answered by a company the
 * sources do name.
 */
export function asksNamesOf(query: string, actors: readonly ActorNames[], leading: readonly string[]): AskedFigure | undefined {
  const q = normalizeWords(query);
  const head = ASKS_NAMES.exec(q);
  if (!head) return undefined;
  const rest = ` ${q.slice(head[0].length)} `;
  for (const actor of actors.filter((a) => a.unnamed && leading.includes(a.id))) {
    // Longest name first: "other smart home companies" before "other companies".
    const phrase = actor.phrases
      .map((p) => p.replace(/^the /, ''))
      .sort((a, b) => b.length - a.length)
      .find((p) => p && rest.startsWith(` ${p} `));
    if (phrase) return { phrase, kind: 'names' };
  }
  return undefined;
}

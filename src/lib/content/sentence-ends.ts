// Where a text's sentences end, as an English model sees them: "Mr. Jones",
// "U.S. regulators" and "Acme Inc. said" hold no sentence end, though a full
// stop is followed by a space and a capital. The rule in marks.ts proposes
// ends; this confirms them with wink-nlp's sentence detection and its English
// model (wink-eng-lite-web-model, which knows abbreviations and initials).
// The model takes about 0.4 s to load, so it is loaded only for a text the
// rule would split, and once.
import { createRequire } from 'node:module';

interface Doc {
  sentences(): { out(): string[] };
}
type Nlp = { readDoc(text: string): Doc };

let nlp: Nlp | undefined;
function model(): Nlp {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Nlp;
    nlp = winkNLP(require('wink-eng-lite-web-model'), ['sbd']);
  }
  return nlp;
}

// A statement is checked on every rebuild and by the fuzzer thousands of times: each text once.
const seen = new Map<string, Set<number> | undefined>();

/**
 * The offsets just after each sentence the model finds (after its closing
 * quote), or undefined when its sentences cannot be placed in the text.
 */
export function modelSentenceEnds(text: string): Set<number> | undefined {
  if (seen.has(text)) return seen.get(text);
  const ends = new Set<number>();
  let at = 0;
  for (const s of model().readDoc(text).sentences().out()) {
    const found = text.indexOf(s, at);
    if (found < 0) {
      seen.set(text, undefined);
      return undefined;
    }
    at = found + s.length;
    ends.add(at);
  }
  if (seen.size > 5000) seen.clear();
  seen.set(text, ends);
  return ends;
}

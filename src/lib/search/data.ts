// The small files the search loads besides Pagefind's index, built from the
// content: names and readers' aliases of actors, terms and topics (every
// search), and the spelling vocabulary (only when a search finds too little).
import { readerWords, type ReaderWord } from './reader-words.ts';
import { normalizeWords } from '../content/words.ts';
import type { ActorNames } from './intent.ts';

/** The file as built: each actor's and term's phrases start with its own name. */
export interface SearchWordsFile {
  actors: ActorNames[];
  /** Glossary terms by name and alias, for "best match". */
  terms: ActorNames[];
  /** Words so frequent that a word still being typed waits before it is searched if it starts one (see pauseFor). Absent from files built before them. */
  heavy?: string[];
  /** Everyday English's most frequent word forms, most frequent first, space-separated (see search/score.ts). */
  common?: string;
  /** English function words, never searched alone. */
  stop?: string[];
  /** How many pages and records the index holds. */
  pages?: number;
}

interface Named {
  id: string;
  name: string;
  alsoKnownAs: string[];
  /** A group the sources leave unnamed (see the actors schema). */
  unnamed?: boolean;
  /** The actor's kind: a publication is marked (see ActorNames). */
  kind?: string;
  /** Some claim gives the actor's words (see quotesActor). */
  quoted?: boolean;
}

const names = (e: Named): ActorNames => ({
  id: e.id,
  phrases: [...new Set([e.name, ...e.alsoKnownAs].map(normalizeWords))],
  ...(e.unnamed ? { unnamed: true } : {}),
  ...(e.kind === 'publication' ? { publication: true } : {}),
  ...(e.quoted ? { quoted: true } : {}),
});

/** What the file holds besides names: see SearchWordsFile. */
export interface WordKnowledge {
  heavy: string[];
  common: string[];
  stop: string[];
  pages: number;
}

export function searchWords(actors: Named[], terms: Named[], known: Partial<WordKnowledge> = {}): SearchWordsFile {
  return {
    actors: actors.map(names),
    terms: terms.map(names),
    heavy: known.heavy ?? [],
    common: (known.common ?? []).join(' '),
    stop: known.stop ?? [],
    pages: known.pages ?? 0,
  };
}

/**
 * Pagefind cuts its index into chunks of about 20,000 word positions, each
 * ending at the word that takes it past that, and loads for each word searched
 * the one chunk its spelling falls in. A word this frequent is often the one a
 * chunk ends at, so a word in progress that starts it ("kal" for "kalo") falls
 * in a chunk the finished longer word does not need; the most frequent words
 * fill chunks of their own, several times the usual size (80 KB for "kalo" at
 * 10,000 generated claims, where most chunks are about 18 KB).
 */
export const HEAVY_WORD_COUNT = 5_000;

/** The words of `counts` (word, occurrences) that occur at least HEAVY_WORD_COUNT times. */
export const heavyWords = (counts: [string, number][], atLeast = HEAVY_WORD_COUNT): string[] => counts.filter(([, n]) => n >= atLeast).map(([w]) => w);

/** The vocabulary file: one string of words, most frequent first, so it stays small. */
export interface VocabularyFile {
  words: string;
  /** English words of this letter the spelling would otherwise change into a site word: they are never corrected. */
  english?: string;
}

/** One first letter's English forms of the sources' words, each with the word it stands for: "form:word" pairs (see word-forms.ts). */
export interface FormsFile {
  forms: string;
}

/** What the engine uses: the file, plus every alias paired with the name it stands for. */
export interface SearchWords extends SearchWordsFile {
  aliases: ReaderWord[];
  heavy: string[];
  /** Rank of each common English form (1 = most frequent). */
  rank: Map<string, number>;
  functionWords: Set<string>;
}

export function withAliases(file: SearchWordsFile): SearchWords {
  const entries = [...file.actors, ...file.terms].map((e) => ({ name: e.phrases[0] ?? '', alsoKnownAs: e.phrases.slice(1) }));
  const common = file.common ? file.common.split(' ') : [];
  return {
    ...file,
    aliases: readerWords(entries),
    heavy: file.heavy ?? [],
    rank: new Map(common.map((w, i) => [w, i + 1])),
    functionWords: new Set(file.stop ?? []),
  };
}

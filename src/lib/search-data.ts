// The small files the search loads besides Pagefind's index, built from the
// content: names and readers' aliases of actors, terms and topics (every
// search), and the spelling vocabulary (only when a search finds too little).
import { readerWords, type ReaderWord, type TopicWords } from './reader-words.ts';
import { normalizeWords } from './words.ts';
import type { ActorNames } from './search-intent.ts';

/** The file as built: each actor's and term's phrases start with its own name. */
export interface SearchWordsFile {
  actors: ActorNames[];
  /** Glossary terms by name and alias, for "best match". */
  terms: ActorNames[];
  /** Topics by their aliases: a query with one looks among the topic's claims. */
  topics: TopicWords[];
}

interface Named {
  id: string;
  name: string;
  alsoKnownAs: string[];
}

const names = (e: Named): ActorNames => ({ id: e.id, phrases: [...new Set([e.name, ...e.alsoKnownAs].map(normalizeWords))] });

export function searchWords(actors: Named[], terms: Named[], topics: Named[] = []): SearchWordsFile {
  return {
    actors: actors.map(names),
    terms: terms.map(names),
    topics: topics.filter((t) => t.alsoKnownAs.length).map((t) => ({ id: t.id, phrases: t.alsoKnownAs.map(normalizeWords) })),
  };
}

/** The vocabulary file: one string of words, most frequent first, so it stays small. */
export interface VocabularyFile {
  words: string;
}

/** What the engine uses: the file, plus every alias paired with the name it stands for. */
export interface SearchWords extends SearchWordsFile {
  aliases: ReaderWord[];
}

export function withAliases(file: SearchWordsFile): SearchWords {
  const entries = [...file.actors, ...file.terms].map((e) => ({ name: e.phrases[0] ?? '', alsoKnownAs: e.phrases.slice(1) }));
  return { ...file, aliases: readerWords(entries) };
}

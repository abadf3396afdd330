// What a question asks for. "What did Amazon say" wants Amazon's on-the-record
// statements; "when …" wants timeline events; "who reported …" wants the
// sources; "who is …" a person or company; "what is …" the glossary. An intent
// only reorders results (and may add a listing of the kind asked for): it
// never hides one.
import { editDistance, normalizeWords } from '../content/words.ts';
import { routes } from '../site/paths.ts';
import { DEFAULT_ORDER, type DisplayResult, type ResultType } from './results.ts';

export interface Intent {
  /** Result kinds the question asks for, shown before the others. */
  first: ResultType[];
  /** A kind to list in full when the question asks for a kind and names little else. */
  list?: ResultType;
  /**
   * Claims with this status, or about these actors, or whose statement holds
   * the kind of answer the question's form asks for (`cue`: a reason for "why",
   * a threat or an outcome for "what happens if"), come first among claims.
   */
  prefer: { status?: string; actors: string[]; cue?: RegExp; speakers?: string[]; describes?: RegExp };
  /** The query is the name (or alias) of an actor or term, or names only: those pages are the best matches. */
  best: BestMatch[];
  /** The one actor a "what did X say" question asks the words of (`id`), and their name as the question puts it (`as`). */
  speaker?: { id: string; as: string };
}

interface BestMatch {
  type: 'actor' | 'term';
  path: string;
  /** The name or alias as the content has it, to find the page by. */
  name: string;
}

/** An actor as the question may name it: its id and its name and aliases, normalised. */
export interface ActorNames {
  id: string;
  phrases: string[];
  /** A group the sources speak of without naming who is in it. */
  unnamed?: true;
  /** A publication: named with others, its page is still the one meant ("verge article ecobee"). */
  publication?: true;
  /** Some claim gives the actor's words: a statement of theirs, or one that has them speak or gives their account (see quotesActor). */
  quoted?: true;
}

interface Rule {
  /** Tested against the normalised question ("what did amazon say"). */
  test: RegExp;
  first: ResultType[];
  status?: string;
  list?: ResultType;
}

const RULES: Rule[] = [
  {
    test: /^(who|which|what) (\w+ )?(reported|published|wrote|broke|covered|first|outlet|newspaper|paper|publication|source)/,
    first: ['source'],
    list: 'source',
  },
  {
    test: /(\b(what|how) |^)(did|does|do|has|have|had|was|is) .*\b(say|said|tell|told|respond|comment|explain|answer|reply|deny|admit)\b|\b(statement|response|comment|reply)s? (from|by|of)\b/,
    first: ['claim'],
    status: 'statement',
  },
  { test: /^(when|what (day|date|month|year)|how long ago)\b|\b(timeline|chronology|date)\b/, first: ['event'] },
  { test: /^(who is|who s|whos|who are|who was|who were)\b/, first: ['actor'] },
  {
    test: /^(what is|what s|whats|what are|what does \w+( \w+)? mean|define|definition of|meaning of)\b/,
    first: ['term'],
  },
];

/** Where a question about what was said names the speaker: between its verb and the verb of saying ("what did <amazon> say to ecobee"). */
const SPEAKER_SLOT =
  /\b(did|does|do|has|have|had|was|is|were|are) (.+?) (say|said|tell|told|respond|responded|comment|commented|explain|explained|answer|answered|reply|replied|deny|denied|admit|admitted)\b/;

/** Verbs of saying that ask for someone's own words ("what did ecobee say"); "respond", "deny" may be answered by what they did. */
const ASKS_WORDS = new Set(['say', 'said', 'tell', 'told', 'comment', 'commented']);

/** "What was ecobee told": the one named before the verb is told, not telling. */
const isPassive = (aux: string, subject: string, verb: string) =>
  (['was', 'is', 'were', 'are'].includes(aux) || / been$/.test(subject)) && /(?:said|told|ed)$/.test(verb);

/** What a question's form asks for in a claim's statement: its words, as a claim would put them. */
const CUES: { test: RegExp; cue: RegExp }[] = [
  // "why did ecobee refuse": a reason.
  {
    test: /^why\b|\b(what|which) (was|were|is|are) (the )?reasons?\b|\bfor what reason\b|\bhow come\b/,
    cue: /\b(because|since|fear\w*|concern\w*|worr\w*|reason\w*|cit(ed|ing)|due to|in order to|so that|would (violate|harm|hurt|breach|mean))\b/i,
  },
  // "what happens if ecobee refuses", "could amazon stop selling": a threat or an outcome.
  {
    test: /^(could|can|will|would|might|may)\b|\bwhat (happens|happened|would happen|will happen|could happen|might happen)\b|\bwhat if\b|\bor else\b|\bconsequences?\b/,
    cue: /\b(threat\w*|warn\w*|might|could|may|risk\w*|los(e|ing)|stop\w*|remov\w*|pull\w*|ban\w*|if)\b/i,
  },
];

/**
 * A question that asks what someone is ("what kind of company is ecobee", "what does ecobee make",
 * "where is ecobee based"): a claim whose statement describes them ("Ecobee is a Canadian maker …")
 * is the kind of answer it wants.
 */
const DESCRIBE =
  /^(?:what|which) (?:kind|type|sort) of \w+(?: \w+)? (?:is|are|was|were)\b|^what (?:does|do|did) .+ (?:make|makes|do|sell|sells|produce|build)$|^(?:what|which) (?:country|nation|city) (?:is|are|was|were) .+ (?:from|based|located|headquartered)( in)?$|^where (?:is|are|was|were) .+ (?:from|based|located|headquartered)$/;

/** "What is ecobee", "who was the gazette": the question is only the name (checked against the actors' names). */
const WHAT_IS = /^(?:what|who) (?:is|are|was|were) (?:the )?(.+)$/;

/**
 * A statement that says what one of `phrases` (normalised names) is: "Ecobee is a …",
 * "The Gazette, a weekly, …"; tested against the statement normalised (see describesIn).
 */
const describes = (phrases: readonly string[]) =>
  new RegExp(`^(?:the )?(?:${phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}) (?:(?:is|are|was|were) (?:an?|the)|an?) `);

export interface Names {
  actors: readonly ActorNames[];
  terms: readonly ActorNames[];
}

const LEADING = /^(who|what)( is| s| are| was| were| does| do)?( the| an| a)? |^(whos|whats|define|definition of|meaning of) /;

const plain = (p: string) => p.replace(/^the /, '');
const pathOf = (type: BestMatch['type'], id: string) => (type === 'actor' ? routes.actor(id) : routes.term(id));

/** Words that may sit between names without changing what the reader names: "amazon and ecobee", "verge report". */
const FILLER = new Set([
  'and',
  'the',
  'a',
  'an',
  'of',
  'vs',
  'versus',
  'or',
  'report',
  'reports',
  'article',
  'articles',
  'story',
  'stories',
  'coverage',
  'piece',
  'post',
]);

/**
 * The pages of a query made of names only ("amazon ecobee", "android central
 * ecobee report"): each name, longest first, with filler words between. Empty
 * when any other word is left, or a name belongs to two entries of one kind.
 */
function namesOnly(bare: string, names: Names): BestMatch[] {
  const tokens = bare.split(' ');
  const found: BestMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    let step = 0;
    for (let len = tokens.length - i; len > 0 && !step; len--) {
      const words = tokens.slice(i, i + len).join(' ');
      for (const [type, entries] of [
        ['actor', names.actors],
        ['term', names.terms],
      ] as const) {
        const hits = entries.filter((e) => e.phrases.some((p) => plain(p) === words));
        if (hits.length > 1) return [];
        if (hits.length === 1) {
          const path = pathOf(type, hits[0]!.id);
          if (!found.some((f) => f.path === path)) found.push({ type, path, name: hits[0]!.phrases[0]! });
          step = len;
          break;
        }
      }
    }
    if (!step && !FILLER.has(tokens[i]!)) return [];
    i += step || 1;
  }
  // Actors named together ("amazon ecobee") ask what passed between them: the claims, not each one's page.
  // A publication among them asks for its article about the others ("verge article ecobee"): its page stays.
  const actors = found.filter((f) => f.type === 'actor');
  if (actors.length < 2) return found;
  const outlets = new Set(names.actors.filter((a) => a.publication).map((a) => pathOf('actor', a.id)));
  return found.filter((f) => f.type !== 'actor' || outlets.has(f.path));
}

/**
 * The actor or term the whole query names: exactly, else (from five letters)
 * one name it begins ("andro") or one name a slip or two away ("amazone").
 * Actors before terms; two candidates of a kind name none. A query of names
 * alone names each.
 */
function bestMatch(text: string, names: Names): BestMatch[] {
  const bare = text
    .replace(LEADING, '')
    .replace(/ mean$/, '')
    .replace(/^the /, '')
    .trim();
  if (!bare) return [];
  const tests = [
    (p: string) => plain(p) === bare,
    (p: string) => bare.length >= 5 && plain(p).startsWith(bare),
    (p: string) => bare.length >= 5 && editDistance(bare, plain(p), bare.length >= 8 ? 2 : 1) <= (bare.length >= 8 ? 2 : 1),
  ];
  for (const test of tests) {
    for (const [type, entries] of [
      ['actor', names.actors],
      ['term', names.terms],
    ] as const) {
      const found = entries.filter((e) => e.phrases.some(test));
      if (found.length === 1) return [{ type, path: pathOf(type, found[0]!.id), name: found[0]!.phrases[0]! }];
    }
  }
  return namesOnly(bare, names);
}

export function intentOf(query: string, names: Names): Intent {
  const text = normalizeWords(query);
  const padded = ` ${text} `;
  const naming = (t: string) => names.actors.filter((a) => a.phrases.some((p) => p && t.includes(` ${p} `))).map((a) => a.id);
  const named = naming(padded);
  const best = bestMatch(text, names);
  const rule = RULES.find((r) => r.test.test(text));
  const onlyName = WHAT_IS.exec(text)?.[1];
  const asksWhat = DESCRIBE.test(text) || (onlyName !== undefined && names.actors.some((a) => a.phrases.map(plain).includes(plain(onlyName))));
  const phrasesOf = (ids: readonly string[]) => names.actors.filter((a) => ids.includes(a.id)).flatMap((a) => a.phrases.map(plain));
  const describing = asksWhat ? phrasesOf(named) : [];
  const cue = CUES.find((c) => c.test.test(text))?.cue;
  const withCue = <T extends object>(prefer: T) => ({ ...prefer, ...(cue ? { cue } : {}), ...(describing.length ? { describes: describes(describing) } : {}) });
  if (!rule) return { first: [], prefer: withCue({ actors: [] }), best };
  // "What did the Verge say": the names of whoever the question asks about, to find the claims that give their words.
  // The one who speaks is named before the verb ("how did ecobee respond to amazon's request"), where one is.
  const speaking = speakerOf(text, naming);
  const asked = rule.status ? (speaking.ids.length ? speaking.ids : named) : [];
  const speakers = phrasesOf(asked);
  // As the question names them: the longest of their names it holds. Only one named as the speaker, asked for their words.
  const as =
    speaking.ids.length === 1 && speaking.asksWords
      ? names.actors
          .find((a) => a.id === asked[0])!
          .phrases.filter((p) => padded.includes(` ${p} `))
          .sort((a, b) => b.length - a.length)[0]
      : undefined;
  const speaker = as ? { id: asked[0]!, as } : undefined;
  return {
    first: rule.first,
    list: rule.list,
    prefer: withCue({ status: rule.status, actors: asked, ...(speakers.length ? { speakers } : {}) }),
    best,
    ...(speaker ? { speaker } : {}),
  };
}

/**
 * Who a question about what was said asks to speak (`ids`): the actors named
 * before its verb of saying, or the one whose spokesperson is ("ecobee's
 * spokesperson"); none in a passive ("what was ecobee told"). `asksWords`: the
 * verb asks for their own words ("say", not "respond").
 */
function speakerOf(text: string, naming: (t: string) => string[]): { ids: string[]; asksWords: boolean } {
  const slot = SPEAKER_SLOT.exec(text);
  if (!slot) return { ids: [], asksWords: false };
  const [, aux = '', subject = '', verb = ''] = slot;
  if (isPassive(aux, subject, verb)) return { ids: [], asksWords: false };
  const owner = /^(?:the )?(.+?) s \w+(?: \w+)?$/.exec(subject)?.[1];
  const owners = owner ? naming(` ${owner} `) : [];
  return { ids: owners.length ? owners : naming(` ${subject} `), asksWords: ASKS_WORDS.has(verb) };
}

/**
 * The speaker a "what did X say" question asks the words of, as the question
 * names them, when no claim gives their words (`quoted`, counted when the site
 * is built): the sources report what they did, perhaps, but never quote them.
 */
export function unquoted(intent: Intent, actors: readonly ActorNames[]): string | undefined {
  const speaker = intent.speaker;
  return speaker && !actors.find((a) => a.id === speaker.id)?.quoted ? speaker.as : undefined;
}

/**
 * Whether a claim gives an actor's words: a statement of theirs, one whose
 * attribution (`quoting`, the claim's or a quote's) is them, or a statement that
 * has them speak ("Ecobee told the WSJ …", "An Ecobee spokesperson said …") or
 * gives their account ("According to Ecobee, …").
 */
export function quotesActor(
  actor: { id: string; phrases: readonly string[] },
  claim: { status: string; actors: readonly string[]; statement: string; quoting?: readonly string[] },
): boolean {
  if (claim.status === 'statement' && claim.actors.includes(actor.id)) return true;
  if (claim.quoting?.includes(actor.id)) return true;
  const t = normalizeWords(claim.statement).replace(/^in a statement /, '');
  return actor.phrases.some((p) => {
    const name = plain(p);
    return !!name && (speaksIn(name, claim.statement) !== undefined || new RegExp(`^(?:an? |the )?${name} (?:\\w+ ){0,3}?${QUOTED_VERB}\\b`).test(t));
  });
}

/** Verbs that give someone's own words, after their name and up to three words ("Ecobee spokesperson Jane Doe said"). */
const QUOTED_VERB =
  '(?:says|said|told|tells|stated|states|confirmed|confirms|denied|denies|declined|declines|responded|responds|added|adds|commented|comments|wrote|writes)';

/** Kinds in the order they are shown: those the question asks for first. */
export function groupOrder(intent: Intent): ResultType[] {
  const first: ResultType[] = ['best', ...intent.first];
  return [...first, ...DEFAULT_ORDER.filter((t) => !first.includes(t))];
}

/** How much an intent lifts one result: a statement by a named actor most. */
function boost(r: DisplayResult, intent: Intent): number {
  if (r.type !== 'claim') return 1;
  let b = 1;
  if (intent.prefer.status && r.statusKey === intent.prefer.status) b *= 3;
  if (intent.prefer.actors.some((a) => r.actors.includes(a))) b *= 1.5;
  return b;
}

/**
 * How far a claim of the kind the question's form asks for moves up: as far as
 * holding this share more of the query's words. "What did Amazon say" names the
 * kind (a statement, or what the named actor said) surely; a cue word in a
 * claim's statement (a reason, a threat) only hints at it.
 */
// A claim giving the named actor's account ("According to the WSJ, …") is no lift: many claims are
// one, and on the tune halves lifting them (0.25) put them above the one that answers ("what did
// the verge say about regulators", "what does the wsj report say about hbo"). It still gives their words (see unquoted).
const FORM_FIT = { said: 0.5, describes: 0.5, account: 0, cue: 0.25 };

/** How much a result fits the kind of claim the question's form asks for (see FORM_FIT). */
function formFit(r: DisplayResult, intent: Intent): number {
  if (r.type !== 'claim') return 0;
  const { cue, describes } = intent.prefer;
  // "What kind of company is X": a claim that says what X is, however few of the question's words it holds ("company").
  if (describes?.test(normalizeWords(r.title))) return FORM_FIT.describes;
  const words = givesWords(r, intent);
  if (words === 'said') return FORM_FIT.said;
  // An account lifts no more than a cue word does (see FORM_FIT).
  return Math.max(words === 'account' ? FORM_FIT.account : 0, cue?.test(r.title) ? FORM_FIT.cue : 0);
}

/**
 * "What did Amazon say": `said` for a statement (by Amazon, when named) or a claim that has the
 * named actor speak ("The Verge says …"); `account` for one that gives the named actor's account
 * of something ("According to The Verge, …"); else undefined.
 */
function givesWords(r: DisplayResult, intent: Intent): 'said' | 'account' | undefined {
  const { status, actors, speakers } = intent.prefer;
  if (r.type !== 'claim') return undefined;
  if (status && r.statusKey === status && (!actors.length || actors.some((a) => r.actors.includes(a)))) return 'said';
  const ways = (speakers ?? []).map((name) => speaksIn(name, r.title));
  return ways.includes('said') ? 'said' : ways.includes('account') ? 'account' : undefined;
}

/** How a statement gives `name`'s words: `said`, it has them speak ("The Verge says …"); `account`, it gives their account ("According to The Verge, …"). */
function speaksIn(name: string, statement: string): 'said' | 'account' | undefined {
  const t = normalizeWords(statement).replace(/^the /, '');
  if (t.startsWith(`${name} `) && SPEAKS.test(t.slice(name.length + 1))) return 'said';
  return t.startsWith(`according to ${name} `) || t.startsWith(`according to the ${name} `) ? 'account' : undefined;
}

/** What follows a speaker's name in a statement that has them speak: "(The Verge) says …", "(Amazon) also said …". */
const SPEAKS =
  /^(\w+ )?(says|said|reports|reported|writes|wrote|argues|argued|notes|noted|comments|commented|suggests|suggested|sees|saw|points|pointed|adds|added|calls|called|describes|described)\b/;

/** The same results, grouped in the intent's order, each group by how many of the words they hold (and the question's form), then boosted score. */
export function rankForIntent(results: DisplayResult[], intent: Intent): DisplayResult[] {
  const order = groupOrder(intent);
  const isBest = (r: DisplayResult) => intent.best.some((b) => r.type === b.type && r.url.endsWith(b.path));
  return results
    .map((r) => (isBest(r) ? { ...r, type: 'best' as const } : r))
    .map((r, i) => ({ r, i, s: r.score * boost(r, intent), fit: r.coverage + formFit(r, intent) }))
    .sort((a, b) => order.indexOf(a.r.type) - order.indexOf(b.r.type) || b.fit - a.fit || b.s - a.s || a.i - b.i)
    .map((x) => x.r);
}

// Which sentences of an explainer speak of the sources as a whole: how many
// there are ("from two articles"), what all, both or none of them say ("neither
// gives a date"), what nothing in them says, what is not known. A new source can
// make any of them false, so when the set of sources changes, the build names
// them for the editor to reread. A sentence about one named source or party is
// left to the claims it marks. Measured on sentences written blind to this code
// (tests/fixtures/revisions/whole-sentences/, npm run measure:whole).

const SOURCE_NOUN = String.raw`(?:articles?|reports?|sources?|accounts?|outlets?|papers?|newspapers?|write-?ups?|stor(?:y|ies)|texts?|coverage|reporting|cop(?:y|ies)|pieces?|publications?)`;
const PLURAL_NOUN = String.raw`(?:articles|reports|sources|accounts|outlets|papers|newspapers|write-?ups|stories|texts|copies|pieces|publications)`;
/** "the two articles", "the local papers", "the coverage"; not "the Echo reports that" (a name, then a verb). */
const COLLECTIVE = new RegExp(
  String.raw`\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[\p{Ll}\d-]+\s+){0,2}${PLURAL_NOUN}\b|\b[Tt]he (?:coverage|reporting)\b|\b[Ww]hat (?:has|have) been (?:published|reported|written)\b`,
  'u',
);
/** "both reports", "neither article", "no outlet", "all three outlets", "a single report", "two invented articles". */
const QUANTIFIED = new RegExp(
  String.raw`\b(?:both|neither|either|none of the|no|every|all(?: of)?(?: the)?|each of the|only(?: one of)?(?: the)?|one of the|a single|any of the|two|three|four|five|six|several|most of the|many of the|few of the)\s+(?:[\p{L}'-]+\s+){0,2}${SOURCE_NOUN}\b`,
  'iu',
);
/** "neither gives a date", "both say", "none of them names": the sources, unnamed, as the subject of a reporting verb. */
const THEY_REPORT =
  /\b(?:neither|none|both|all|each|either)(?: of (?:them|the two|these|those))?\s+(?:gives?|says?|reports?|names?|mentions?|dates?|carr(?:y|ies)|quotes?|relays?|cites?|adds?|explains?)\b/i;
const ONLY_REPORTED = /\bonly\b.*\b(?:reported|published|covered|spoke to|quoted|carries|mentions?|names?)\b/i;
/** What is not known, said in the present: "it is unclear who", "remains unconfirmed", "has not been reported". */
const UNKNOWN = [
  /\b(?:is|are|remains?|stays?)\s+(?:still\s+)?(?:not known|unknown|unclear|not clear|unconfirmed|unreported|not reported|a mystery|an open question)\b/i,
  /\bit is (?:still )?(?:not known|unknown|unclear|not clear)\b/i,
  /\bwe (?:do not|don't|cannot|can't|still do not) (?:know|say|tell)\b/i,
  /\b(?:has|have) not (?:yet )?been (?:reported|published|confirmed|disclosed|made public|said|explained)\b/i,
  /\b(?:no one|nobody|no-one) has (?:yet )?(?:said|reported|explained|confirmed|published)\b/i,
  /\bthere is (?:as yet |still |yet )?no (?:reporting|account|word|report|information|record)\b/i,
  /\bnothing (?:has been |was )?(?:published|reported)\b/i,
];
const SO_FAR = /\b(?:so far|to date|as yet|yet)\b/i;
const REPORT_WORDS = /\b(?:report(?:ed|s|ing)?|publish(?:ed)?|sources?|accounts?|coverage|articles?|outlets?|said|says)\b/i;
/** "…, The Verge says", "according to its manager": one party's words, not the sources'. */
const ATTRIBUTED = /\b(?:according to (?!the (?:reports|articles|sources|accounts))|(?:said|says|told)\b)/i;

export function aboutSourcesAsWhole(sentence: string): boolean {
  const s = sentence.replace(/’/g, "'");
  if (COLLECTIVE.test(s) || QUANTIFIED.test(s) || THEY_REPORT.test(s)) return true;
  if (UNKNOWN.some((r) => r.test(s))) return true;
  if (ONLY_REPORTED.test(s)) return true;
  return SO_FAR.test(s) && REPORT_WORDS.test(s) && !ATTRIBUTED.test(s);
}

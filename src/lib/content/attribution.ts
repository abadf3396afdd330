// Who says a claim, as readers see it: "Android Central, citing The Wall
// Street Journal, quoting Amazon spokesman Jack Evans". The claim page shows
// it, and the revision lock records it (a published claim's attribution
// changes only with a correction).

export interface ChainLink {
  name: string;
  /** How a person is introduced ("Amazon spokesman"). */
  title?: string;
  as: 'citing' | 'quoting';
}

export function attributionChain(publisher: string, links: ChainLink[]): string {
  return [publisher, ...links.map((l) => `${l.as} ${l.title ? `${l.title} ` : ''}${l.name}`)].join(', ');
}

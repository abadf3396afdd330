// Who says a claim, as readers see it: "Android Central, citing The Wall
// Street Journal, quoting Amazon spokesman Jack Evans".

export interface ChainLink {
  name: string;
  /** How a person is introduced ("Amazon spokesman"). */
  title?: string;
  as: 'citing' | 'quoting';
}

export function attributionChain(publisher: string, links: ChainLink[]): string {
  return [publisher, ...links.map((l) => `${l.as} ${l.title ? `${l.title} ` : ''}${l.name}`)].join(', ');
}

/** "The Verge and Android Central" / "A, B and C". */
export function listNames(names: string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

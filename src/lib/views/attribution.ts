// Naming several parties at once in running text (who says a claim is
// lib/content/attribution.ts).

/** "The Verge and Android Central" / "A, B and C". */
export function listNames(names: string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

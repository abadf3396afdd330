// Our own prose (claim statements, notes) is written with straight quotes in
// YAML; readers see typographic ones. Quotes from sources are never touched.

export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{—-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{—-])'/g, '$1‘')
    .replace(/'/g, '’');
}

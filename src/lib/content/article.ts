// The archived text of a source, as blocks. A source file's body is a small,
// plain subset of MDX written by the importer: paragraphs, "## " headings and
// "- " lists, with every character MDX would treat as syntax backslash-escaped.
// Pages render these blocks themselves (rather than through MDX) so that each
// paragraph gets a stable number (#p-N) and quoted passages can be marked.

export type Block = { type: 'heading'; text: string } | { type: 'paragraph'; text: string; n: number } | { type: 'list'; items: { text: string; n: number }[] };

/** Characters escaped anywhere in a line: MDX expressions and JSX, Markdown emphasis, code, links, entities. */
const INLINE_SPECIAL = /[\\{}<>[\]*_`~&|]/g;

/** Escapes text so MDX renders it literally. */
export function escapeMdxText(text: string): string {
  let out = text.replace(INLINE_SPECIAL, (c) => `\\${c}`);
  // Line-start syntax: headings, block quotes, list markers, thematic breaks.
  out = out.replace(/^(\s*)([#+=-])/, '$1\\$2');
  out = out.replace(/^(\s*\d+)([.)])/, '$1\\$2');
  return out;
}

/** Reverses escapeMdxText: a backslash before ASCII punctuation is an escape. */
function unescapeMdxText(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * Splits a source body into numbered blocks. Paragraphs and list items share
 * one numbering, so "#p-7" names one passage whatever its kind; headings are
 * not numbered.
 */
export function parseArticleBody(body: string): Block[] {
  const blocks: Block[] = [];
  let n = 0;
  let list: { text: string; n: number }[] | null = null;
  let para: string[] = [];

  const flushPara = () => {
    if (para.length) blocks.push({ type: 'paragraph', text: unescapeMdxText(para.join(' ')), n: ++n });
    para = [];
  };
  const flushList = () => {
    if (list) blocks.push({ type: 'list', items: list });
    list = null;
  };

  for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flushPara();
      flushList();
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const item = /^-\s+(.*)$/.exec(line);
    if (heading) {
      flushPara();
      flushList();
      blocks.push({ type: 'heading', text: unescapeMdxText(heading[1]!) });
    } else if (item) {
      flushPara();
      list ??= [];
      list.push({ text: unescapeMdxText(item[1]!), n: ++n });
    } else if (list) {
      // A line right after a list item continues it (Markdown's lazy continuation).
      const last = list[list.length - 1]!;
      last.text += ` ${unescapeMdxText(line)}`;
    } else {
      para.push(line);
    }
  }
  flushPara();
  flushList();
  return blocks;
}

/** Every numbered passage in reading order: what quotes are checked against and anchors point to. */
export function passages(blocks: Block[]): { n: number; text: string }[] {
  return blocks.flatMap((b) => (b.type === 'paragraph' ? [{ n: b.n, text: b.text }] : b.type === 'list' ? b.items : []));
}

// On a page opened from a search result (…?highlight=door%20locks), marks the
// searched words in the main content and scrolls to the first one unless the
// link names a #passage. Loaded only when that parameter is present.

const SKIP = new Set(['SCRIPT', 'STYLE', 'BUTTON', 'INPUT', 'TEXTAREA', 'SELECT', 'SVG']);

function markWords(root: HTMLElement, words: string[]): HTMLElement[] {
  const escaped = words.filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!escaped.length) return [];
  const source = `\\b(?:${escaped.join('|')})\\w*`;
  const re = new RegExp(source, 'gi');
  const test = new RegExp(source, 'i');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      for (let p = n.parentElement; p && p !== root; p = p.parentElement) {
        if (SKIP.has(p.tagName) || p.hasAttribute('popover') || p.classList.contains('search-hit')) return NodeFilter.FILTER_REJECT;
      }
      return test.test(n.nodeValue ?? '') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const text = node.nodeValue ?? '';
    const frag = document.createDocumentFragment();
    let last = 0;
    for (const m of text.matchAll(re)) {
      frag.append(text.slice(last, m.index));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = m[0];
      frag.append(mark);
      marks.push(mark);
      last = m.index + m[0].length;
    }
    frag.append(text.slice(last));
    node.replaceWith(frag);
  }
  return marks;
}

export function highlightFromUrl(doc: Document) {
  const words = (new URLSearchParams(location.search).get('highlight') ?? '').split(/\s+/).filter((w) => w.length > 1);
  const main = doc.getElementById('main');
  if (!main || !words.length) return;
  const marks = markWords(main, words);
  // A #passage link has already scrolled to its passage; otherwise show the first hit.
  if (!location.hash) marks[0]?.scrollIntoView({ block: 'center' });
}

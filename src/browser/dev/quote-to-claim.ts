// Dev only: the panel of QuoteToClaim.astro. Words selected in the article are
// placed as the build places a quote (placeQuote); found, they become the claim
// file `npm run claim:new` would write; not found, the build's message says why.
import { placeQuote } from '../../lib/checks/quotes.ts';
import { claimYaml } from '../../lib/content/claim-yaml.ts';
import type { Passage } from '../../lib/content/quotes.ts';

interface PanelData {
  sourceId: string;
  passages: Passage[];
  relayed: string[];
  topics: string[];
  /** Where claim files go, from the project root. */
  claimsDir: string;
}

export function initQuoteToClaim(doc: Document) {
  const panel = doc.querySelector<HTMLElement>('[data-quote-to-claim]');
  if (!panel) return;
  const data = JSON.parse(panel.querySelector('[data-quote-to-claim-data]')!.textContent!) as PanelData;
  const status = panel.querySelector<HTMLElement>('[data-quote-to-claim-status]')!;
  const yaml = panel.querySelector<HTMLElement>('[data-quote-to-claim-yaml]')!;
  const copy = panel.querySelector<HTMLButtonElement>('[data-quote-to-claim-copy]')!;
  const show = () => {
    const text = doc.getSelection()?.toString().trim() ?? '';
    if (!text || panel.contains(doc.getSelection()?.anchorNode ?? null)) return;
    const placed = placeQuote(data.sourceId, data.passages, text);
    if ('location' in placed) {
      status.textContent = `Found in ¶${placed.location.n}. Save as ${data.claimsDir}/<id>.yaml, then write the statement.`;
      yaml.textContent = claimYaml({ ...data, n: placed.location.n, exact: placed.location.exact });
    } else {
      status.textContent = `${placed.message}. Fix: ${placed.fix}.`;
      yaml.textContent = '';
    }
    yaml.hidden = copy.hidden = !yaml.textContent;
  };
  doc.addEventListener('mouseup', show);
  doc.addEventListener('keyup', (e) => e.shiftKey && show());
  copy.addEventListener('click', () => void navigator.clipboard.writeText(yaml.textContent ?? ''));
  // Dev serves modules on demand: say when the panel listens (its test waits for it).
  panel.dataset.ready = '';
}

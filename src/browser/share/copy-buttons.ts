// Copy-link buttons outside a share box (timeline events): only what they need,
// so the timeline does not load the claim page's share code.
import { copyText } from './copy-text.ts';

/**
 * Buttons that copy a link ([data-copy-url], a site path such as a timeline
 * event's permanent address), made absolute on the origin of the page's
 * canonical URL; the page's [data-copy-status] live region confirms.
 */
export function initCopyButtons(doc: Document) {
  const status = doc.querySelector<HTMLElement>('[data-copy-status]');
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-copy-url]')) {
    button.addEventListener('click', async () => {
      const canonical = doc.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? doc.location.href;
      const url = new URL(button.dataset.copyUrl!, canonical).href;
      const ok = await copyText(url);
      if (status) {
        status.textContent = '';
        requestAnimationFrame(() => (status.textContent = ok ? 'Link copied' : `Copy this link: ${url}`));
      }
    });
  }
}

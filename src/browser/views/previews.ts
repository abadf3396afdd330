// Hover and keyboard focus for claim and source previews. The Popover API
// already handles click, tap, Enter and Esc without this script.

type ShowOptions = { source?: HTMLElement };

export function initPreviews(doc: Document) {
  for (const marker of doc.querySelectorAll<HTMLButtonElement>('[data-preview-marker]')) {
    const card = doc.getElementById(marker.getAttribute('popovertarget')!);
    if (!card || typeof card.showPopover !== 'function') continue;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const open = () => card.matches(':popover-open');
    const show = () => {
      clearTimeout(timer);
      if (open()) return;
      try {
        // `source` anchors the card to its marker where the browser supports it.
        (card.showPopover as (o?: ShowOptions) => void)({ source: marker });
      } catch {
        card.showPopover();
      }
    };
    const hideSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (open() && !card.matches(':hover') && !marker.matches(':hover') && !card.contains(doc.activeElement) && doc.activeElement !== marker)
          card.hidePopover();
      }, 250);
    };
    marker.addEventListener('pointerenter', (e) => {
      if (e.pointerType === 'mouse') timer = setTimeout(show, 150);
    });
    marker.addEventListener('pointerleave', hideSoon);
    card.addEventListener('pointerleave', hideSoon);
    card.addEventListener('pointerenter', () => clearTimeout(timer));
    marker.addEventListener('focus', () => {
      if (marker.matches(':focus-visible')) show();
    });
    marker.addEventListener('blur', hideSoon);
    card.addEventListener('focusout', hideSoon);
  }
}

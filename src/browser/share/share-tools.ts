// Client side of ShareTools: copy with a spoken confirmation, or select the
// text for the reader to copy when the Clipboard API is refused.
import { copyText } from './copy-text.ts';

function selectForCopy(el: HTMLElement) {
  if (el instanceof HTMLInputElement) {
    el.focus();
    el.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const sel = getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

export function initShare(root: ParentNode) {
  for (const box of root.querySelectorAll<HTMLElement>('[data-share]')) {
    const status = box.querySelector<HTMLElement>('[data-share-status]')!;
    const permalink = box.querySelector<HTMLInputElement>('[data-permalink]')!;
    const say = (message: string) => {
      // Clearing first makes a repeated message announced again.
      status.textContent = '';
      requestAnimationFrame(() => (status.textContent = message));
    };
    const copy = async (text: string, target: HTMLElement, what: string) => {
      if (await copyText(text)) say(`${what} copied`);
      else {
        selectForCopy(target);
        say(`Press Ctrl+C (⌘C on a Mac) to copy the ${what.toLowerCase()}`);
      }
    };

    box.querySelector('[data-copy-link]')?.addEventListener('click', () => copy(permalink.value, permalink, 'Link'));
    for (const button of box.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) {
      const target = document.getElementById(button.dataset.copyTarget!)!;
      button.addEventListener('click', () => copy(target.textContent ?? '', target, button.dataset.copyWhat ?? 'Citation'));
    }
    const share = box.querySelector<HTMLButtonElement>('[data-native-share]');
    if (share && typeof navigator.share === 'function') {
      share.hidden = false;
      share.addEventListener('click', () => {
        navigator.share({ title: box.dataset.shareTitle, url: permalink.value }).catch(() => {
          // Dismissing the share sheet is not an error worth telling the reader about.
        });
      });
    }
    permalink.addEventListener('focus', () => permalink.select());
  }
}

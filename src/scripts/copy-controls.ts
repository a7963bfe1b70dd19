/**
 * Links and buttons that copy: a section's link (it still jumps to the section), the share
 * button where the browser cannot share, and the citation box. Without JavaScript each is a
 * plain link or selectable text.
 */
import { copy } from './announce';

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-from]')) button.hidden = false;

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const sectionLink = target.closest<HTMLAnchorElement>('a.heading-link');
  if (sectionLink) {
    // The page's permanent address (SITE_URL), as "Deel" and the citation give it, not the address it was opened on.
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
    void copy(new URL(sectionLink.hash, canonical).href, 'De link naar deze paragraaf is gekopieerd.');
    return;
  }
  const share = target.closest<HTMLAnchorElement>('a[data-share]');
  if (share) {
    event.preventDefault();
    if (navigator.share) {
      // Closing the share sheet rejects; there is nothing to say then.
      navigator.share({ title: share.dataset.share, url: share.href }).catch(() => undefined);
    } else {
      void copy(share.href, 'De link naar deze pagina is gekopieerd.');
    }
    return;
  }
  const copyButton = target.closest<HTMLButtonElement>('button[data-copy-from]');
  const source = copyButton && document.getElementById(copyButton.dataset.copyFrom!);
  if (source) void copy(source.textContent!.trim(), 'De verwijzing is gekopieerd.');
});

/** The elements a keyboard user must reach, marked in the page so later checks can find them. */
import type { Page } from 'playwright-core';

/** Marks every visible, enabled element in the tab order with data-focusable="<description>"; returns how many. */
export function markFocusables(page: Page): Promise<number> {
  return page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>(
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, audio[controls], video[controls], [tabindex], [contenteditable]',
    );
    const reachable = [...candidates].filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }),
    );
    for (const el of reachable) {
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      el.dataset.focusable = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name}"`;
    }
    return reachable.length;
  });
}

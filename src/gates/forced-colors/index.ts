/**
 * Windows' high-contrast themes (forced colours) drop box-shadows and backgrounds: the focus
 * indicator must be an outline there.
 */
import type { Page } from 'playwright-core';
import { markFocusables } from '../keyboard/focusables';
import { pressTab } from '../keyboard/index';

export async function focusWithoutOutline(page: Page): Promise<string[]> {
  await markFocusables(page);
  // After one Tab the browser treats focus as keyboard focus, so focus() below shows :focus-visible.
  await pressTab(page, 1);
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-focusable]')].flatMap((el) => {
      el.focus({ focusVisible: true } as FocusOptions);
      const s = getComputedStyle(el);
      return s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? [`${el.dataset.focusable} has no outline when focused in forced colours`] : [];
    }),
  );
}

/** Reflow (WCAG 1.4.10): at 320 CSS px the page fits the screen, no scrolling sideways. */
import type { Page } from 'playwright-core';

export async function horizontalScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scroll = document.documentElement.scrollWidth;
    if (scroll <= width) return [];
    // Name the widest elements that stick out, except those inside a box that scrolls itself (a wide table).
    const scrolls = (el: Element | null): boolean => !!el && (['auto', 'scroll'].includes(getComputedStyle(el).overflowX) || scrolls(el.parentElement));
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !scrolls(el.parentElement))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`);
    return [`the page is ${scroll} px wide on a ${width} px screen (${culprits.join(', ')})`];
  });
}

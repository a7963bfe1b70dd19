/**
 * Keyboard use (WCAG 2.1.1, 2.4.1, 2.4.7): the first Tab stop is a visible skip link that moves
 * focus to <main>, Tab reaches every link, button and field, and each shows a focus indicator.
 */
import type { Page } from 'playwright-core';
import { markFocusables } from './focusables';

/** How an element shows focus: its outline ("none" when it draws none) and its box-shadow. */
interface Look {
  outline: string;
  shadow: string;
}

declare global {
  interface Window {
    keyboardWalk?: { before: Map<Element, Look>; focused: { el: HTMLElement; look: Look }[] };
  }
}

/**
 * Presses Tab `times` times. Playwright's keyboard.press waits for each key in turn; sending the
 * same DevTools key events in one batch makes a walk over every page take seconds, not minutes.
 */
export async function pressTab(page: Page, times: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
  await Promise.all(
    Array.from({ length: times }, () => [
      cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }),
    ]).flat(),
  );
  await cdp.detach();
}

export async function keyboardProblems(page: Page): Promise<string[]> {
  const count = await markFocusables(page);
  // Record how each element looks before, and while, it has focus.
  await page.evaluate(() => {
    const look = (el: Element): Look => {
      const s = getComputedStyle(el);
      return { outline: parseFloat(s.outlineWidth) > 0 && s.outlineStyle !== 'none' ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none', shadow: s.boxShadow };
    };
    const walk: NonNullable<Window['keyboardWalk']> = { before: new Map(), focused: [] };
    for (const el of document.querySelectorAll('[data-focusable]')) walk.before.set(el, look(el));
    document.addEventListener('focusin', (e) => walk.focused.push({ el: e.target as HTMLElement, look: look(e.target as Element) }));
    window.keyboardWalk = walk;
  });

  await pressTab(page, 1);
  const skip = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const main = document.querySelector('main');
    if (!el || el === document.body) return { found: false, problems: ['the first Tab focuses nothing'] };
    if (!main?.id || el.getAttribute('href') !== `#${main.id}`) return { found: false, problems: [`the first Tab stop is ${el.dataset.focusable ?? el.tagName}, not a skip link to <main>`] };
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const shown = r.width >= 2 && r.height >= 2 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth && s.clipPath === 'none' && s.opacity !== '0';
    return { found: true, problems: shown ? [] : ['the skip link stays hidden when it has focus'] };
  });

  // A few extra presses: the browser may also stop on a box that scrolls.
  await pressTab(page, count + 3);
  const walk = await page.evaluate(() => {
    const { before, focused } = window.keyboardWalk!;
    const reached = new Set(focused.map((f) => f.el));
    const name = (el: HTMLElement) => el.dataset.focusable ?? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;
    const unreached = [...document.querySelectorAll<HTMLElement>('[data-focusable]')].filter((el) => !reached.has(el)).map((el) => `Tab does not reach ${name(el)}`);
    const unseen = focused
      .filter(({ el, look }) => {
        const was = before.get(el) ?? { outline: 'none', shadow: 'none' };
        return !(look.outline !== 'none' && look.outline !== was.outline) && !(look.shadow !== 'none' && look.shadow !== was.shadow);
      })
      .map(({ el }) => `${name(el)} shows no focus indicator (outline or box-shadow)`);
    return [...new Set([...unreached, ...unseen])];
  });
  // Enter on a link that is no skip link would leave the page.
  if (!skip.found) return [...skip.problems, ...walk];

  await page.evaluate(() => document.querySelector<HTMLElement>('[data-focusable]')?.focus());
  await page.keyboard.press('Enter');
  const landed = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
  return [...skip.problems, ...walk, ...(landed === 'main' ? [] : [`the skip link moves focus to ${landed ?? 'nothing'}, not <main>`])];
}

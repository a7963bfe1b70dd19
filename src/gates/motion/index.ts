/** prefers-reduced-motion (WCAG 2.3.3): with "reduce", nothing moves, slides or scrolls smoothly. */
import type { Page } from 'playwright-core';

export function motionProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].slice(0, 3).join('.')}` : ''}`;
    const moving = (s: CSSStyleDeclaration) =>
      (s.transitionProperty !== 'none' && s.transitionDuration.split(',').some((d) => parseFloat(d) > 0)) ||
      (s.animationName !== 'none' && s.animationDuration.split(',').some((d) => parseFloat(d) > 0));
    const styled = [...document.querySelectorAll('*')].flatMap((el) =>
      [null, '::before', '::after'].filter((pseudo) => moving(getComputedStyle(el, pseudo))).map((pseudo) => `${name(el)}${pseudo ?? ''} has a transition or animation`),
    );
    const running = document.getAnimations().filter((a) => a.playState === 'running').map((a) => `an animation is running (${a.constructor.name})`);
    const smooth = getComputedStyle(document.documentElement).scrollBehavior === 'smooth' ? ['the page scrolls smoothly'] : [];
    return [...new Set([...styled, ...running, ...smooth])];
  });
}

/**
 * What a page asks for before a phone can paint it. A page paints after its first round trip only
 * if it needs nothing else: a linked stylesheet blocks rendering, and a linked script, a deferred
 * module too, is one more request that the first paint waits for whenever the script runs before
 * that paint (on a fast connection it does, and Lighthouse's phone model counts it so). The site's
 * stylesheet and the house colour therefore travel inside the page (src/layouts/Base.astro), and
 * its scripts load once it has painted (src/lib/browser-scripts.ts): what a page fetches later
 * (those scripts, search's index, images further down) is not asked for by its markup.
 */
import { attr, elements, parseHtml, rawText } from '../../lib/html/document.ts';

const rels = (value: string | undefined) => (value ?? '').toLowerCase().split(/\s+/);

/** Requests a page's markup makes before its first paint, and an inline script it carries twice. */
export function requestsBeforePaint(html: string): string[] {
  const all = elements(parseHtml(html));
  // The same loader text may stand twice, for two files (data-src); the same script twice runs twice.
  const inlineScripts = all.filter((el) => el.tagName === 'script' && attr(el, 'src') === undefined).map((el) => `${attr(el, 'data-src') ?? ''} ${rawText(el)}`.trim());
  return [
    ...all.flatMap((el) => {
      if (el.tagName === 'link' && rels(attr(el, 'rel')).includes('stylesheet')) return [`a linked stylesheet: ${attr(el, 'href')}`];
      if (el.tagName === 'link' && rels(attr(el, 'rel')).some((r) => r === 'preload' || r === 'modulepreload')) return [`a preload: ${attr(el, 'href')}`];
      if (el.tagName === 'script' && attr(el, 'src') !== undefined) return [`a linked script: ${attr(el, 'src')}`];
      // An @import in a stylesheet fetches another one before the page can paint.
      if (el.tagName === 'style' && rawText(el).includes('@import')) return ['an @import in an inline stylesheet'];
      return [];
    }),
    ...inlineScripts.filter((text, i) => inlineScripts.indexOf(text) !== i).map((text) => `an inline script twice: ${text.slice(0, 60)}`),
  ];
}

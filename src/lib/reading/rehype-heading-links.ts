/**
 * Link controls beside the headings of rendered content, so a reader can link to one section.
 * The link stands after the heading, not in it: the heading's name stays its text in a screen
 * reader's list of headings. Works on the tree of an entry's HTML, for MDX and fixed headings
 * alike (as Starlight's rehype-heading-links does for its pages).
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { textOf } from '../html/tree';

/** The accessible name of a heading's link control. */
export const headingLinkLabel = (heading: string) => `Link naar deze paragraaf: ${heading}`;

const RANKED = /^h[2-6]$/;

const path = (d: string): Element => ({ type: 'element', tagName: 'path', properties: { d }, children: [] });

/**
 * What the control shows: a chain-link icon (not "#", which only web makers read), drawn in the
 * link colour (currentColor); its name is the aria-label. A fresh tree each time: hast nodes are
 * changed in place by later plugins.
 */
export const headingLinkIcon = (): Element => ({
  type: 'element',
  tagName: 'svg',
  properties: {
    ariaHidden: 'true',
    focusable: 'false',
    viewBox: '0 0 24 24',
    width: 22,
    height: 22,
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: '2.2',
    strokeLinecap: 'round',
    strokeLinejoin: 'round',
  },
  children: [path('M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7'), path('M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7')],
});

/** Every h2–h6 with an id, in a `<div class="heading">` with a plain `<a href="#id">` after it. */
export function rehypeHeadingLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      const { id } = node.properties;
      if (!parent || index === undefined || !RANKED.test(node.tagName) || typeof id !== 'string') return;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: `#${id}`, className: ['heading-link'], ariaLabel: headingLinkLabel(textOf(node)), dataPagefindIgnore: '' },
        children: [headingLinkIcon()],
      };
      parent.children[index] = { type: 'element', tagName: 'div', properties: { className: ['heading'] }, children: [node, link] };
      return [SKIP, index + 1];
    });
  };
}

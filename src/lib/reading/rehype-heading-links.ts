/**
 * Link controls beside the headings of rendered content, so a reader can link to one section.
 * The link stands after the heading, not in it: the heading's name stays its text in a screen
 * reader's list of headings. Works on the tree of an entry's HTML, for MDX and fixed headings
 * alike (as Starlight's rehype-heading-links does for its pages).
 */
import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { element, textOf } from '../html/tree';

/** The accessible name of a heading's link control. */
export const headingLinkLabel = (heading: string) => `Link naar deze paragraaf: ${heading}`;

const RANKED = /^h[2-6]$/;

/** Every h2–h6 with an id, in a `<div class="heading">` with a plain `<a href="#id">` after it. */
export function rehypeHeadingLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      const { id } = node.properties;
      if (!parent || index === undefined || !RANKED.test(node.tagName) || typeof id !== 'string') return;
      const link = element('a', { href: `#${id}`, className: ['heading-link'], ariaLabel: headingLinkLabel(textOf(node)), dataPagefindIgnore: '' }, '#');
      parent.children[index] = { type: 'element', tagName: 'div', properties: { className: ['heading'] }, children: [node, link] };
      return [SKIP, index + 1];
    });
  };
}

/**
 * The contents list of an entry, from its rendered tree: the h2 headings of its MDX text (the
 * `.prose` block), including those MDX components print, such as a <Perspective>'s. The fixed
 * sections after the text (goals, commitments) are not listed.
 */
import type { MarkdownHeading } from 'astro';
import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { hasClass, textOf } from '../html/tree';

/** Collects the headings into `found`, in the order they stand. */
export function rehypeContents(found: MarkdownHeading[]) {
  return (tree: Root) => {
    visit(tree, 'element', (block) => {
      if (!hasClass(block, 'prose')) return;
      visit(block, 'element', (node) => {
        if (node.tagName === 'h2' && typeof node.properties.id === 'string') found.push({ depth: 2, slug: node.properties.id, text: textOf(node) });
      });
      return SKIP;
    });
  };
}

/**
 * The contents list of an entry, from its rendered tree: every h2 of its text, those MDX
 * components print (a <Perspective>'s) and the fixed sections after it (target groups, steps,
 * goals, the commitments under the edition's own heading), in the order they stand. A reader
 * looking for "Dit is onze inzet" finds it in "Op deze pagina" like any other section.
 */
import type { MarkdownHeading } from 'astro';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { textOf } from '../html/tree';

/** Collects the headings into `found`, in the order they stand. */
export function rehypeContents(found: MarkdownHeading[]) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'h2' && typeof node.properties.id === 'string') found.push({ depth: 2, slug: node.properties.id, text: textOf(node) });
    });
  };
}

/**
 * Rendered HTML as a tree: parsed by rehype (the WHATWG parser browsers use), changed by rehype
 * plugins, printed again. Reading aids change pages here, never with regular expressions over
 * tags. Pure: HTML in, HTML out.
 */
import type { Element, Nodes } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified, type PluggableList } from 'unified';

/** Printed as Astro prints: `data-pagefind-ignore` without a value, SVG shapes closed with "/>", named references. */
const PRINT = {
  collapseEmptyAttributes: true,
  closeEmptyElements: true,
  tightSelfClosing: true,
  characterReferences: { useNamedReferences: true },
} as const;

/** A fragment of rendered HTML through rehype plugins. */
export function transformHtml(html: string, plugins: PluggableList): string {
  return String(unified().use(rehypeParse, { fragment: true }).use(plugins).use(rehypeStringify, PRINT).processSync(html));
}

/** The text of a node on one line, as a reader meets it: whitespace collapsed. */
export const textOf = (node: Nodes) => toString(node).replace(/\s+/g, ' ').trim();

export const hasClass = (node: Element, name: string) => Array.isArray(node.properties.className) && node.properties.className.includes(name);

/** An element with text in it. */
export const element = (tagName: string, properties: Element['properties'], text: string): Element => ({
  type: 'element',
  tagName,
  properties,
  children: [{ type: 'text', value: text }],
});

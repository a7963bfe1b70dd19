/**
 * A whole built page as a tree: its HTML parsed by parse5 (the WHATWG algorithm browsers use),
 * with small helpers over the tree. The gates and the headers files read pages through this,
 * never with regular expressions over tags. Pure: HTML in, nodes out.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
export type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** The document tree of a page. */
export const parseHtml = (html: string): ParentNode => parse(html);

export const isElement = (node: Node): node is Element => 'tagName' in node;

export const childrenOf = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);

/** The value of an attribute, or undefined when the element lacks it. */
export const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

export const hasClass = (el: Element, name: string): boolean => (attr(el, 'class') ?? '').split(/\s+/).includes(name);

/** Every element under `root`, in document order; `enter(el)` false leaves an element's subtree out. */
export function elements(root: Node, enter: (el: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    for (const child of childrenOf(node)) {
      if (!isElement(child)) continue;
      found.push(child);
      if (enter(child)) visit(child);
    }
  };
  visit(root);
  return found;
}

/** Elements that hold no text a reader sees or hears. */
const NO_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/** The text of a node as one line: whitespace collapsed, as a reader meets it. */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (n.nodeName === '#text' && 'value' in n) parts.push(n.value);
    else if (!isElement(n) || !NO_TEXT.has(n.tagName)) childrenOf(n).forEach(visit);
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The raw text inside an element (a <style> or <script>), as the page has it. */
export const rawText = (el: Element): string => childrenOf(el).map((n) => ('value' in n ? n.value : '')).join('');

/** The page's <main>, where its own text stands (header, footer and menus are the site's). */
export const mainOf = (doc: ParentNode): Element | undefined => elements(doc).find((el) => el.tagName === 'main');

/** The content of a `<meta name|property="key">`. */
export const metaContent = (doc: ParentNode, key: string): string | undefined => {
  const meta = elements(doc).find((el) => el.tagName === 'meta' && (attr(el, 'name') === key || attr(el, 'property') === key));
  return meta && attr(meta, 'content');
};

/** The content of a `<meta http-equiv="key">` (Content-Security-Policy, refresh). */
export const httpEquiv = (doc: ParentNode, key: string): string | undefined => {
  const meta = elements(doc).find((el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === key.toLowerCase());
  return meta && attr(meta, 'content');
};

/** An element's start tag as text, for messages: `<h2 class="x">`. */
export const startTag = (el: Element): string => `<${el.tagName}${el.attrs.map((a) => ` ${a.name}="${a.value}"`).join('')}>`;

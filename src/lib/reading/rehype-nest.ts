/**
 * One entry's HTML made to fit inside a longer page (the whole vision on one page): headings one
 * level down, under the entry's own h2, and every id with the entry's prefix, so ids stay unique
 * and the entry's own links, labels and descriptions still point at the right element. Named
 * regions ("Dit is onze inzet", "Goed om te weten") repeat from entry to entry, so their names
 * get the entry's title. A rehype plugin over the entry's tree.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The entry a piece of HTML is nested under: the id and text of its h2, and its own page. */
export interface NestedEntry {
  id: string;
  title: string;
  /** Path of the entry's own page: relative links in its content are resolved against it. */
  url: string;
}

/** Attributes that name other elements by id: they follow the ids. */
const ID_LISTS = ['htmlFor', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaControls'] as const;
const SHIFTED = /^h([2-5])$/;
/** A URL with a scheme ("https:", "mailto:"), which needs no resolving. */
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/** A relative link ("../../pijlers/x/") as the root-relative path it means on the entry's own page. */
function resolve(href: string, from: string): string {
  const url = new URL(href, `http://site${from}`);
  return `${url.pathname}${url.search}${url.hash}`;
}

export function rehypeNest(entry: NestedEntry) {
  const prefix = `${entry.id}--`;
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const props = node.properties;
      const rank = SHIFTED.exec(node.tagName);
      if (rank) node.tagName = `h${Number(rank[1]) + 1}`;
      if (typeof props.id === 'string') props.id = prefix + props.id;
      for (const name of ID_LISTS) {
        const ids = props[name];
        if (Array.isArray(ids)) props[name] = ids.map((id) => prefix + String(id));
      }
      if (node.tagName === 'section' && Array.isArray(props.ariaLabelledBy)) props.ariaLabelledBy = [entry.id, ...props.ariaLabelledBy];
      const { href } = props;
      if (typeof href === 'string' && href) {
        if (href.startsWith('#')) props.href = `#${prefix}${href.slice(1)}`;
        else if (!href.startsWith('/') && !ABSOLUTE.test(href)) props.href = resolve(href, entry.url);
      }
      if (typeof props.ariaLabel === 'string') props.ariaLabel = `${props.ariaLabel} (${entry.title})`;
    });
  };
}

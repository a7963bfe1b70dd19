/** The entry a piece of HTML is nested under: the id and text of its h2, and its own page. */
export interface NestedEntry {
  id: string;
  title: string;
  /** Path of the entry's own page: relative links in its content are resolved against it. */
  url: string;
}

/** A relative link ("../../pijlers/x/") as the root-relative path it means on the entry's own page. */
function resolve(href: string, from: string): string {
  const url = new URL(href, `http://site${from}`);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * One entry's HTML made to fit inside a longer page (the whole vision on one page): headings one
 * level down, under the entry's own h2, and every id with the entry's prefix, so ids stay unique
 * and the entry's own links, labels and descriptions still point at the right element. Named
 * regions ("Dit is onze inzet", "Goed om te weten") repeat from entry to entry, so their names
 * get the entry's title.
 */
export function nestHtml(html: string, entry: NestedEntry): string {
  const prefix = `${entry.id}--`;
  const list = (ids: string) => ids.split(/\s+/).filter(Boolean).map((id) => prefix + id).join(' ');
  const title = entry.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return html
    .replace(/<(\/?)h([2-5])\b/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`)
    .replace(/\s(id|for)="([^"]+)"/g, (_, name: string, id: string) => ` ${name}="${prefix}${id}"`)
    .replace(/\s(aria-labelledby|aria-describedby|aria-controls)="([^"]+)"/g, (_, name: string, ids: string) => ` ${name}="${list(ids)}"`)
    .replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${prefix}${id}"`)
    .replace(/\shref="(?![#/]|[a-z][a-z0-9+.-]*:)([^"]+)"/gi, (_, href: string) => ` href="${resolve(href, entry.url)}"`)
    .replace(/(<section\b[^>]*?\saria-labelledby=")/g, `$1${entry.id} `)
    .replace(/\saria-label="([^"]*)"/g, (_, label: string) => ` aria-label="${label} (${title})"`);
}

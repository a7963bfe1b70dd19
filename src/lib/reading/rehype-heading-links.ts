/**
 * Link controls beside the headings of rendered content, so a reader can link to one section.
 * The link stands after the heading, not in it: the heading's name stays its text in a
 * screen reader's list of headings. Works on the HTML of an entry, for MDX and fixed headings alike.
 */

/** The accessible name of a heading's link control. */
export const headingLinkLabel = (heading: string) => `Link naar deze paragraaf: ${heading}`;

const HEADING = /<(h[2-6])\b[^>]*?\sid="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g;

/** The text of an HTML fragment, on one line; entities stay as they are (it goes into an attribute). */
export const plainText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Every h2-h6 with an id, wrapped with a plain `<a href="#id">` after it. */
export function linkHeadings(html: string): string {
  return html.replace(HEADING, (heading: string, _tag: string, id: string, inner: string) => {
    const label = headingLinkLabel(plainText(inner)).replace(/"/g, '&quot;');
    return `<div class="heading">${heading}<a href="#${id}" class="heading-link" aria-label="${label}" data-pagefind-ignore>#</a></div>`;
  });
}

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

/**
 * What the control shows: a chain-link icon (not "#", which only web makers read), drawn in the
 * link colour; its name is the aria-label.
 */
export const HEADING_LINK_ICON =
  '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"><path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7"/><path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7"/></svg>';

/** Every h2-h6 with an id, wrapped with a plain `<a href="#id">` after it. */
export function linkHeadings(html: string): string {
  return html.replace(HEADING, (heading: string, _tag: string, id: string, inner: string) => {
    const label = headingLinkLabel(plainText(inner)).replace(/"/g, '&quot;');
    return `<div class="heading">${heading}<a href="#${id}" class="heading-link" aria-label="${label}" data-pagefind-ignore>${HEADING_LINK_ICON}</a></div>`;
  });
}

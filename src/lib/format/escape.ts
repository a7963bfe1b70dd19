/**
 * Text made safe inside markup the code prints itself (SVG charts, link-preview images): the one
 * escaper of the project. HTML that passes through Astro or rehype is escaped by them.
 */
export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A file or folder name a URL can carry, suggested to an author who wrote one it cannot: lower case,
 * accents dropped, hyphens between words. Anchors are github-slugger's (see content/glossary.ts).
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** What every built page must be: Dutch, one h1, a linkable id on each heading, and (when indexed) marked for search. */

export interface Expect {
  /** Whether search should index the page: its <main> then carries data-pagefind-body. */
  indexed: boolean;
}

export function structureProblems(html: string, { indexed }: Expect): string[] {
  const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
  const withoutId = html.match(/<h[2-6](?![^>]*\bid=)[^>]*>/g) ?? [];
  return [
    ...(/<html[^>]*\blang="nl"/.test(html) ? [] : ['the page is not marked as Dutch: <html lang="nl">']),
    ...(h1s === 1 ? [] : [`${h1s} h1 headings; a page has exactly one`]),
    ...withoutId.map((tag) => `a heading without an id to link to: ${tag}`),
    ...(indexed && !/<main[^>]*\bdata-pagefind-body/.test(html) ? ['<main> lacks data-pagefind-body, so search does not index the page'] : []),
  ];
}

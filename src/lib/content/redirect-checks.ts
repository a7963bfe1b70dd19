/**
 * Redirects that would publish pages bouncing for ever, or hide a live page. A declared redirect
 * is built as a page that sends the reader on (src/lib/content/redirects.ts), so each of these passes
 * every link check while readers get nowhere. Pure: redirects and paths in, problems out.
 */

/** "/old/: /new/" as the author wrote it in redirects.yaml. */
const line = (from: string, to: string) => `"${from}: ${to}"`;

/** Redirects to themselves, and cycles of redirects (a -> b -> a), each named once. */
export function redirectLoops(redirects: Record<string, string>): string[] {
  const problems: string[] = [];
  const reported = new Set<string>();
  for (const [from, to] of Object.entries(redirects)) {
    if (from === to) {
      problems.push(`${line(from, to)} sends readers to the page itself. Remove the line, or write where the page went.`);
      continue;
    }
    const chain = [from];
    let next: string | undefined = to;
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = redirects[next];
    }
    if (next === undefined) continue;
    const cycle = chain.slice(chain.indexOf(next));
    if (cycle.some((path) => reported.has(path))) continue;
    cycle.forEach((path) => reported.add(path));
    problems.push(`${[...cycle, next].join(' -> ')} is a loop: readers are sent round for ever. Point the last of these where the page really is.`);
  }
  return problems;
}

/** Page redirects declared from a path that is a live page: the redirect would replace it. */
export function redirectsOverPages(redirects: Record<string, string>, livePaths: ReadonlySet<string>): string[] {
  return Object.entries(redirects)
    .filter(([from]) => !from.includes('#') && livePaths.has(from))
    .map(
      ([from, to]) =>
        `${line(from, to)}: ${from} is a page the site publishes, and the redirect would replace it. Remove the redirect, or rename or remove that page first (a heading that moved is written with its #).`,
    );
}

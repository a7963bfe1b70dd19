/** Declared redirects the build does not honour. */
import type { Redirects } from '../../lib/content/redirects.ts';
import { redirectPages } from '../dist.ts';
import { unresolved } from '../links/index.ts';

/**
 * A page redirect needs a redirect page that points to its target; a heading's page must still
 * exist; every target must resolve.
 */
export function redirectProblems(dist: string, redirects: Redirects): string[] {
  const built = redirectPages(dist);
  return Object.entries(redirects).flatMap(([from, to]) => {
    const problems: string[] = [];
    const [page] = from.split('#');
    if (page === from && built[from] === undefined) problems.push(`${from}: no redirect page was built`);
    else if (page === from && built[from] !== to) problems.push(`${from}: the redirect page sends readers to ${built[from]}, not ${to}`);
    else if (page !== from && unresolved(dist, page!)) problems.push(`${from}: the page of this heading is gone; redirect the page instead`);
    const why = unresolved(dist, to);
    if (why) problems.push(`${from}: its target ${to} does not exist (${why})`);
    return problems;
  });
}

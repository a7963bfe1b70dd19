/**
 * Published URLs that moved: content/redirects.yaml, one "old: new" a line, both paths of the
 * full build ("/zuidplas/pijlers/oud/: /zuidplas/pijlers/nieuw/"). Partners link to pages and
 * headings for good, so a URL that goes away stays declared here.
 *
 * A page is built as a redirect page that sends the reader on. A heading ("/page/#id") cannot be
 * redirected by a static host: declaring it only records the move, and the old link still opens
 * the page, at the top.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redirectLoops } from './redirect-checks.ts';
import { parseYamlFile } from './yaml-file.ts';

export type Redirects = Record<string, string>;

/** A path of this site: lower case segments ending in a slash, optionally one heading. */
const PATH = /^\/([a-z0-9-]+\/)*(#[^\s#/]+)?$/;

/** The redirects of a content folder; an empty list when it has no redirects.yaml. */
export function readRedirects(contentDir: string): Redirects {
  const file = join(contentDir, 'redirects.yaml');
  if (!existsSync(file)) return {};
  const data = parseYamlFile(readFileSync(file, 'utf8'), file, {});
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: write one redirect a line, as "/old/path/: /new/path/".`);
  const problems = Object.entries(data as Record<string, unknown>).flatMap(([from, to]) => {
    const bad = [from, to].filter((path) => typeof path !== 'string' || !PATH.test(path));
    if (bad.length) return [`"${from}: ${String(to)}": ${bad.map(String).join(' and ')} is not a path of this site ("/zuidplas/pijlers/inclusie/", "/wetten/jeugdwet/#visie-zuidplas").`];
    if (from.includes('#') !== String(to).includes('#')) return [`"${from}: ${String(to)}": a heading moves to a heading, a page to a page.`];
    return [];
  });
  problems.push(...(problems.length ? [] : redirectLoops(data as Redirects)));
  if (problems.length) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return data as Redirects;
}

/**
 * The redirect pages Astro builds (its `redirects` option): headings left out. A single-edition
 * build drops the edition segment, and the redirects of other editions; `base` is the site's
 * base path, which Astro does not add to a destination.
 */
export function pageRedirects(redirects: Redirects, contentDir: string, single?: string, base = '/'): Redirects {
  const editionsDir = join(contentDir, 'gemeenten');
  const editions = existsSync(editionsDir) ? readdirSync(editionsDir) : [];
  const local = (path: string): string | undefined => {
    const first = path.split('/')[1] ?? '';
    if (!single || !editions.includes(first)) return path;
    return first === single ? path.slice(first.length + 1) : undefined;
  };
  const root = base.endsWith('/') ? base : `${base}/`;
  return Object.fromEntries(
    Object.entries(redirects).flatMap(([from, to]) => {
      const [f, t] = [local(from), local(to)];
      return from.includes('#') || !f || !t ? [] : [[f, `${root}${t.slice(1)}`]];
    }),
  );
}

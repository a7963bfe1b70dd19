/**
 * The check of content/ before Astro reads it: every file is published or named with the fix
 * (src/lib/content/layout.ts), reads as its author meant (src/lib/content/files.ts), and no
 * redirect replaces a live page (src/lib/content/redirect-checks.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contentPagePaths, EDITIONS_FOLDER, layoutProblems, type ContentProblem } from './layout';
import { textFileProblems } from './files';
import { redirectsOverPages } from './redirect-checks';
import { readRedirects } from './redirects';
import { reservedNames, sitePagePaths } from '../site-names';
import { parseYamlFile } from './yaml-file';

/**
 * The files of a content folder, relative and with "/". Names starting with a dot (.DS_Store,
 * .gitkeep) are the file system's or git's, not content, and are left out.
 */
export function contentFiles(contentDir: string): string[] {
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(contentDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** The ids of the themes in content/themas.yaml: each is a page, /thema/<id>/. */
export function themeIds(contentDir: string): string[] {
  const file = join(contentDir, 'themas.yaml');
  return existsSync(file) ? Object.keys((parseYamlFile(readFileSync(file, 'utf8'), file, {}) as object) ?? {}) : [];
}

/** Everything in content/ this build cannot publish as it is; a single-edition build checks its own edition and the shared files. */
export function checkContent(contentDir: string, single?: string): ContentProblem[] {
  const all = contentFiles(contentDir);
  const inBuild = single ? all.filter((f) => !f.startsWith(`${EDITIONS_FOLDER}/`) || f.startsWith(`${EDITIONS_FOLDER}/${single}/`)) : all;
  const shown = (file: string) => relative(process.cwd(), join(contentDir, file));
  const redirectsFile = shown('redirects.yaml');
  return [
    ...layoutProblems(inBuild, reservedNames()).map((p) => ({ ...p, file: shown(p.file) })),
    ...inBuild.filter((f) => /\.(ya?ml|mdx?|csv)$/.test(f)).flatMap((f) => textFileProblems(shown(f), readFileSync(join(contentDir, f)))),
    // Redirects are paths of the full build, so they are checked against every edition's pages.
    ...redirectsOverPages(readRedirects(contentDir), new Set([...contentPagePaths(all, themeIds(contentDir)), ...sitePagePaths()])).map((problem) => ({ file: redirectsFile, problem, fix: '' })),
  ];
}

/** The problems as one message: a file a line, each with its fix. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.problem}${p.fix ? `\n  ${p.fix}` : ''}`).join('\n');
}

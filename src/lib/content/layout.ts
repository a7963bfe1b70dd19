/**
 * Where every file of content/ goes, and what the build publishes from it. A file the build
 * would not read (a page in a misspelt folder `pijler/`, a page saved as `.md`, a CSV without its
 * `.yaml`) must not vanish without a word: each one is named with where it belongs. Pure: a list
 * of paths (relative to content/, with "/") in, problems out.
 */
import { SLUG } from '../../schemas/fields';
import { createUrls } from '../urls';
import { slugify } from '../format/slugify';
import { ENTRY_SECTIONS, type Section } from '../../sections';

/** The folders of an edition that hold pages: the sections with entries (src/sections.ts); the folder is the URL segment. */
const PAGE_FOLDERS: readonly Section[] = ENTRY_SECTIONS;
/** The folder of an edition that holds datasets: <id>.yaml with <id>.csv. */
export const DATASET_FOLDER: Section = 'cijfers';
/** Files of an edition folder. */
export const EDITION_FILES = ['gemeente.yaml', 'wetten.yaml', 'begrippen.yaml', 'themas.yaml'];
/** Files at the top of content/, shared by all editions. */
export const SHARED_FILES = ['begrippen.yaml', 'redirects.yaml', 'themas.yaml'];
/** The folders at the top of content/: the law register and the editions. */
export const LAW_FOLDER: Section = 'wetten';
export const EDITIONS_FOLDER = 'gemeenten';

/** Something in content/ the build cannot publish as it is: the file, what is wrong, and the fix. */
export interface ContentProblem {
  file: string;
  problem: string;
  fix: string;
}

/** Edits needed to turn a into b, to point at the folder an author meant. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The known name closest to a misspelt one, if it is close. */
const closest = (name: string, known: readonly string[]) =>
  known.map((k) => ({ k, d: distance(name.toLowerCase(), k) })).sort((a, b) => a.d - b.d).find(({ d }) => d <= 2)?.k;

const EDITION_FOLDERS = [...PAGE_FOLDERS, DATASET_FOLDER];
const WHERE_PAGES = `pages go in ${PAGE_FOLDERS.map((f) => `${f}/`).join(', ')}; figures in ${DATASET_FOLDER}/`;

/** Why an edition folder name cannot be published, or undefined. */
export function editionSlugProblem(slug: string, reserved: ReadonlySet<string>): Omit<ContentProblem, 'file'> | undefined {
  if (!SLUG.test(slug)) {
    return {
      problem: `the folder name "${slug}" is the edition's web address (/${slug}/), and an address has no capitals, spaces or accents.`,
      fix: `Rename the folder to ${slugify(slug) || 'the municipality in lower case with hyphens'}.`,
    };
  }
  if (reserved.has(slug)) {
    return {
      problem: `the folder name "${slug}" is taken: the site itself publishes /${slug}, which this edition would replace.`,
      fix: `Name the folder after the municipality, like gemeente-${slug}.`,
    };
  }
  return undefined;
}

/** Where one file belongs, or why it cannot be published. */
function fileProblem(path: string, files: ReadonlySet<string>, reserved: ReadonlySet<string>): Omit<ContentProblem, 'file'> | undefined {
  const parts = path.split('/');
  const name = parts.at(-1)!;
  const [top] = parts;
  if (parts.length === 1) {
    if (SHARED_FILES.includes(name)) return undefined;
    return {
      problem: 'is not a file the site reads.',
      fix: `Shared files are ${SHARED_FILES.join(' and ')}; laws go in ${LAW_FOLDER}/, editions in ${EDITIONS_FOLDER}/<gemeente>/. Move it there, or remove it.`,
    };
  }
  if (top === LAW_FOLDER) {
    if (parts.length === 2 && name.endsWith('.yaml') && SLUG.test(name.slice(0, -5))) return undefined;
    return {
      problem: 'is not a law the register can read.',
      fix: `A law is ${LAW_FOLDER}/<name>.yaml, its name in lower case with hyphens (the web address /wetten/<name>/), directly in ${LAW_FOLDER}/.`,
    };
  }
  if (top !== EDITIONS_FOLDER || parts.length < 3) {
    return { problem: 'is not in a place the site reads.', fix: `Laws go in ${LAW_FOLDER}/, editions in ${EDITIONS_FOLDER}/<gemeente>/; move it there, or remove it.` };
  }
  const edition = parts[1]!;
  const slugProblem = editionSlugProblem(edition, reserved);
  if (slugProblem) return slugProblem;
  if (!files.has(`${EDITIONS_FOLDER}/${edition}/gemeente.yaml`)) {
    return { problem: `belongs to edition "${edition}", which has no gemeente.yaml.`, fix: `Add ${EDITIONS_FOLDER}/${edition}/gemeente.yaml, or move the file into an existing edition.` };
  }
  if (parts.length === 3) {
    if (EDITION_FILES.includes(name)) return undefined;
    return { problem: 'is not a file the site reads.', fix: `An edition folder holds ${EDITION_FILES.join(', ')}; ${WHERE_PAGES}.` };
  }
  const folder = parts[2]!;
  const base = name.replace(/\.[^.]*$/, '');
  const nested = parts.length > 4;
  if (!nested && (PAGE_FOLDERS as string[]).includes(folder)) {
    if (name.endsWith('.md')) return { problem: 'is Markdown (.md), which the site does not read.', fix: `Rename it to ${base}.mdx.` };
    if (!name.endsWith('.mdx')) return { problem: 'is not a page the site reads.', fix: `A page is an .mdx file; ${WHERE_PAGES}.` };
    if (!SLUG.test(base)) return { problem: `the file name "${base}" is the page's web address, and an address has no capitals, spaces or accents.`, fix: `Rename it to ${slugify(base)}.mdx.` };
    return undefined;
  }
  if (!nested && folder === DATASET_FOLDER) {
    const ext = name.slice(base.length);
    if (ext !== '.yaml' && ext !== '.csv') return { problem: 'is not a dataset file.', fix: `A dataset is ${DATASET_FOLDER}/<id>.yaml (what the figures are) with ${DATASET_FOLDER}/<id>.csv (the figures).` };
    if (!SLUG.test(base)) return { problem: `the dataset name "${base}" must be lower case letters, digits and hyphens.`, fix: `Rename it to ${slugify(base)}${ext}, and its partner file too.` };
    const partner = `${base}${ext === '.yaml' ? '.csv' : '.yaml'}`;
    if (files.has(`${EDITIONS_FOLDER}/${edition}/${DATASET_FOLDER}/${partner}`)) return undefined;
    return ext === '.csv'
      ? { problem: 'has no description of its figures.', fix: `Add ${partner} with title, description, unit, source, date, licence and columns (see the example edition).` }
      : { problem: 'has no figures.', fix: `Put the figures in ${partner}, with the column keys as the first row.` };
  }
  const meant = closest(folder, EDITION_FOLDERS);
  return {
    problem: nested ? `is in a folder within ${folder}/, which the site does not read.` : `is in folder "${folder}/", which the site does not read.`,
    fix: meant && !nested ? `Move it to ${meant}/ (${WHERE_PAGES}).` : `Move it: ${WHERE_PAGES}, each directly in its folder.`,
  };
}

/** Every file of content/ the build would not publish, each with where it belongs. */
export function layoutProblems(paths: readonly string[], reserved: ReadonlySet<string>): ContentProblem[] {
  const files = new Set(paths);
  return paths.flatMap((file) => {
    const problem = fileProblem(file, files, reserved);
    return problem ? [{ file, ...problem }] : [];
  });
}

/**
 * The paths of the full build's pages that come from content/: each edition's home, glossary and
 * whole-vision page, its section lists and pages, its figures, each law, and each theme (the ids
 * of themas.yaml). A redirect from one of them would replace a live page.
 */
export function contentPagePaths(paths: readonly string[], themeIds: readonly string[] = []): Set<string> {
  const urls = createUrls('/');
  const live = new Set<string>(themeIds.map((id) => urls.theme(id)));
  for (const path of paths) {
    const [top, edition, folder, file] = path.split('/');
    if (top === LAW_FOLDER && edition?.endsWith('.yaml')) live.add(urls.law(edition.slice(0, -5)));
    if (top !== EDITIONS_FOLDER || !edition) continue;
    if (folder === 'gemeente.yaml') {
      live.add(urls.edition(edition));
      live.add(urls.edition(edition, 'begrippen'));
      live.add(urls.edition(edition, 'volledig'));
      // Every edition has its own search and list of laws (the list says so when it names none).
      live.add(urls.edition(edition, 'zoeken'));
      live.add(urls.edition(edition, 'wetten'));
    } else if (file?.endsWith('.mdx') && (PAGE_FOLDERS as string[]).includes(folder!)) {
      const section = folder as Section;
      live.add(urls.edition(edition, section));
      live.add(urls.edition(edition, section, file.slice(0, -4)));
    } else if (folder === DATASET_FOLDER && file?.endsWith('.yaml')) {
      live.add(urls.edition(edition, DATASET_FOLDER));
    }
  }
  return live;
}

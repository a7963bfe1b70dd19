/**
 * Plain-language gate (issue #11, item 6): an edition's pages read at language level B1.
 * Pure: the HTML of built pages in, problems out; the tests and scripts/plain-language.ts read
 * the files. The same rules as the content helpers' self-check (/work/tools/b1check.py):
 *
 * - the average sentence over an edition's pages is at most 12 words (the whole vision on one
 *   page, /volledig/, repeats them and is left out);
 * - no sentence is over 25 words on building-block, layer, chapter and annex pages (entry pages:
 *   pijlers/, piramide/, hoofdstukken/, bijlagen/<slug>/); list items and table cells are
 *   sentences of their own;
 * - every abbreviation is explained at its first use on each page: inside a glossary link
 *   (`a.term`, which the build adds at a term's first use), an `abbr[title]`, or a `dt` / `dfn`
 *   (the glossary's own entries).
 *
 * What counts as text: the page's <main>, less menus (nav), graphics (svg), code and templates,
 * and what nobody sees or hears (`hidden`, `.sr-only`, `data-pagefind-ignore`: the heading link
 * controls). Block elements (p, li, td, th, headings, dt, dd, captions, ...) end a unit of text;
 * a unit splits into sentences after . ! or ? and a space. A word is a token with a letter or digit.
 */
import { attr, childrenOf, hasClass, isElement, parseHtml, type Element, type Node } from '../../lib/html/document.ts';
import { isAbbreviation, POSSESSIVE } from '../../lib/abbreviations.ts';
import { isEntryPage, sourceFile } from '../source.ts';

export { isAbbreviation, isEntryPage, sourceFile };

export const MAX_AVERAGE = 12;
export const MAX_SENTENCE = 25;

/**
 * Abbreviations every resident knows, or the site's own labels: no explanation needed.
 * Each must stay short and reasoned; a vision's jargon never belongs here.
 */
export const ALLOWED_ABBREVIATIONS = new Map<string, string>([
  ['EU', 'the European Union: known from news, money and elections'],
  ['AOW', 'the state pension every resident gets at pension age; the word residents use for it'],
  ['CV', 'the résumé of a job application, everyday Dutch'],
  ['TV', 'television, everyday Dutch'],
  ['PDF', 'the file format of the official document, named where the site links to it'],
  ['MB', 'the size of a download, stated in its link the way every download site does ("PDF, 1,2 MB")'],
  ['CSV', 'the site\'s own label on the download of a table\'s figures, next to the table itself'],
  ['A-Z', 'the site\'s page "van A tot Z", read as such'],
]);

/** The kinds of problem, one per rule. */
export type Rule = 'average' | 'long-sentence' | 'abbreviation';

export interface Problem {
  rule: Rule;
  /** URL path of the page ("/zuidplas/pijlers/inclusie/"); the edition's root for the average. */
  page: string;
  /** The file an author changes. */
  file: string;
  /** The sentence, the abbreviation or the average. */
  text: string;
  /** What to do. */
  fix: string;
}

/** What one page holds for the rules. */
export interface PageReading {
  /** Sentences in reading order. */
  sentences: string[];
  /** Abbreviations whose first use (outside headings) is not explained, in order. */
  unexplained: string[];
}

export interface EditionReport {
  edition: string;
  /** URL paths of the pages checked. */
  pages: string[];
  sentences: number;
  words: number;
  average: number;
  problems: Problem[];
}

/** Tags whose text is not read as the page's text. */
const SKIP = new Set(['nav', 'svg', 'script', 'style', 'template', 'noscript']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that start and end a unit of text. */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'caption', 'figcaption', 'summary', 'blockquote', 'div', 'section', 'aside', 'figure', 'ul', 'ol', 'table', 'tr', 'main']);

const WORDISH = /[\p{L}\p{N}_]/u;

/** The tokens of a text that may be abbreviations, as written ("KPI's" stays, "-GGD-" loses its dashes). */
function tokens(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}_’'-]+/gu)].map(([t]) => (POSSESSIVE.test(t) ? t : t.replace(/^[-'’]+|[-'’]+$/g, ''))).filter(Boolean);
}

/** Sentences of a unit of text: it splits after . ! or ? and a space. */
export const sentencesOf = (unit: string): string[] => unit.split(/(?<=[.!?])\s+/).filter((s) => WORDISH.test(s));

/** Words of a sentence: tokens between spaces with a letter or digit ("–" is not a word). */
export const wordCount = (sentence: string): number => sentence.split(/\s+/).filter((w) => WORDISH.test(w)).length;

/** Reads a built page as the rules see it. */
export function readPage(html: string): PageReading {
  const units: string[] = [];
  const uses: { abbreviation: string; inHeading: boolean; explained: boolean }[] = [];
  let current = '';
  const flush = () => {
    const unit = current.split(/\s+/).filter(Boolean).join(' ');
    if (unit) units.push(unit);
    current = '';
  };
  const visit = (node: Node, inMain: boolean, inHeading: boolean, explained: boolean) => {
    if (!isElement(node)) {
      if (inMain && node.nodeName === '#text' && 'value' in node) {
        current += node.value;
        for (const token of tokens(node.value)) {
          if (isAbbreviation(token)) uses.push({ abbreviation: token.replace(POSSESSIVE, ''), inHeading, explained });
        }
      }
      return;
    }
    const el: Element = node;
    const block = BLOCKS.has(el.tagName);
    if (block) flush();
    const skipped = SKIP.has(el.tagName) || attr(el, 'hidden') !== undefined || attr(el, 'data-pagefind-ignore') !== undefined || hasClass(el, 'sr-only');
    if (!skipped) {
      const explains = (el.tagName === 'a' && hasClass(el, 'term')) || (el.tagName === 'abbr' && !!attr(el, 'title')) || el.tagName === 'dfn' || el.tagName === 'dt';
      for (const child of childrenOf(el)) {
        visit(child, inMain || el.tagName === 'main', inHeading || HEADINGS.has(el.tagName), explained || explains);
      }
    }
    if (block) flush();
  };
  for (const child of childrenOf(parseHtml(html))) visit(child, false, false, false);
  flush();

  const seen = new Set<string>();
  const unexplained: string[] = [];
  for (const use of uses) {
    // A heading names what follows; the first use that counts is in the text under it.
    if (seen.has(use.abbreviation) || ALLOWED_ABBREVIATIONS.has(use.abbreviation) || use.inHeading) continue;
    seen.add(use.abbreviation);
    if (!use.explained) unexplained.push(use.abbreviation);
  }
  return { sentences: units.flatMap(sentencesOf), unexplained };
}

/**
 * Pages of an edition the rules read: all but the whole vision on one page, which repeats them,
 * and the search page, whose A–Z list names every page and law of the site.
 */
export const editionPages = (urls: string[], root: string): string[] =>
  urls.filter((url) => url.startsWith(root) && url !== `${root}volledig/` && url !== `${root}zoeken/`);

/**
 * Checks the pages of one edition. `pages` holds each page's URL path and HTML; `root` is the
 * edition's path: "/zuidplas/" in the full build, "/" when the edition is built alone.
 */
export function checkEdition(edition: string, pages: { url: string; html: string }[], root = `/${edition}/`): EditionReport {
  const problems: Problem[] = [];
  const perPage: { url: string; sentences: number; words: number }[] = [];
  for (const { url, html } of pages) {
    const reading = readPage(html);
    // Every page has at least its title: no text at all means the page was not read, and the gate would pass for nothing.
    if (reading.sentences.length === 0) throw new Error(`${url}: no text found in <main>; the plain-language gate cannot read this page`);
    const file = sourceFile(url, edition, root);
    const counts = reading.sentences.map(wordCount);
    perPage.push({ url, sentences: counts.length, words: counts.reduce((a, b) => a + b, 0) });
    if (isEntryPage(url, root)) {
      reading.sentences.forEach((sentence, i) => {
        if (counts[i]! > MAX_SENTENCE) problems.push({ rule: 'long-sentence', page: url, file, text: sentence, fix: `split the sentence (${counts[i]} words; at most ${MAX_SENTENCE})` });
      });
    }
    for (const abbreviation of reading.unexplained) {
      problems.push({ rule: 'abbreviation', page: url, file, text: abbreviation, fix: `add ${abbreviation} to begrippen.yaml (content/gemeenten/${edition}/begrippen.yaml) or write it out; <abbr title="...">${abbreviation}</abbr> also explains it` });
    }
  }
  const sentences = perPage.reduce((a, p) => a + p.sentences, 0);
  const words = perPage.reduce((a, p) => a + p.words, 0);
  const average = words / Math.max(sentences, 1);
  if (average > MAX_AVERAGE) {
    const longest = perPage
      .filter((p) => p.sentences > 0)
      .sort((a, b) => b.words / b.sentences - a.words / a.sentences)
      .slice(0, 3)
      .map((p) => `${sourceFile(p.url, edition, root)} (${(p.words / p.sentences).toFixed(1)})`);
    problems.push({
      rule: 'average',
      page: root,
      file: `content/gemeenten/${edition}/`,
      text: `${average.toFixed(1)} words per sentence over ${sentences} sentences`,
      fix: `write shorter sentences (at most ${MAX_AVERAGE} words on average); the longest on average: ${longest.join(', ')}`,
    });
  }
  return { edition, pages: pages.map((p) => p.url), sentences, words, average, problems };
}

/** One problem on one line, for authors: file, page, what, fix. */
export const formatProblem = (p: Problem): string =>
  `${p.file} (${p.page}): ${p.rule === 'abbreviation' ? `${p.text} is not explained at its first use` : p.rule === 'long-sentence' ? `"${p.text}"` : p.text}: ${p.fix}`;

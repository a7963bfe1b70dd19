/**
 * The results of /zoeken/: reads the search from the URL, asks Pagefind (loaded on this page
 * only, when there is something to search) and lists the results. The form works without
 * this script: it then reloads the page with the search in the URL, which shows the A–Z list.
 */
import { excerptParts } from '../lib/search/excerpt';
import { isPageKind, kindLabel, PAGE_KINDS } from '../sections';
import { META_WEIGHTS } from '../lib/search/index-attributes';
import { firstMarked, missingWords } from '../lib/search/near';
import { listNl } from '../lib/format/text';
import { hasSearch, pagefindFilters, readSearch, searchQuery, type SearchState } from '../lib/search/state';
import { RESULTS_PAGE_SIZE } from '../lib/search/cost';

interface Edition {
  slug: string;
  name: string;
  /** The edition's word for a building block: "pijler". */
  word: string;
}

interface ResultData {
  url: string;
  /** The page's whole indexed text. */
  content: string;
  meta: Record<string, string | undefined> & { title?: string };
  excerpt: string;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; anchor?: unknown }[];
}

interface Result {
  data(): Promise<ResultData>;
}

interface Pagefind {
  options(options: { baseUrl?: string; noWorker?: boolean; ranking?: { metaWeights?: Record<string, number> } }): Promise<void>;
  /** Fetches the WebAssembly and the index's table of contents. */
  init(): Promise<void>;
  /** Fetches the index chunks a search for this term needs, without searching. */
  preload(term: string): Promise<void>;
  search(query: string | null, options: { filters: Record<string, string> }): Promise<{ results: Result[] } | null>;
}

const SECTIONS_PER_RESULT = 3;

const form = document.querySelector<HTMLFormElement>('#zoeken')!;
const status = document.querySelector<HTMLElement>('#zoek-status')!;
const list = document.querySelector<HTMLOListElement>('#zoek-resultaten')!;
const more = document.querySelector<HTMLButtonElement>('#zoek-meer')!;
const index = document.querySelector<HTMLElement>('#a-z')!;
const choices = document.querySelector<HTMLDetailsElement>('#zoek-keuze')!;
const scopeLabel = document.querySelector<HTMLElement>('#zoek-bereik')!;
const everywhere = document.querySelector<HTMLElement>('#zoek-overal')!;
const editions: Edition[] = JSON.parse(form.dataset.editions ?? '[]');
/** The edition an edition's own search page searches when the URL names none. */
const scope = form.dataset.scope ?? '';
/** The themes of the site: id (in the URL and the index) and title. */
const themes: { id: string; title: string }[] = JSON.parse(form.dataset.themes ?? '[]');

let pagefind: Promise<Pagefind> | undefined;
/**
 * Pagefind's script, WebAssembly and index: fetched when a search box gets focus, so they arrive
 * while the reader types, or when the page opens with a search in its URL; never for a visit
 * that only reads the A–Z list. A failed load is tried again on the next search.
 */
function loadPagefind(): Promise<Pagefind> {
  if (!pagefind) {
    pagefind = import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`).then(async (pf: Pagefind) => {
      // No web worker: it would fetch a second copy of Pagefind's code (12 KB gzip) to keep the
      // page responsive during a search that takes milliseconds on an index this size.
      // A law's abbreviation and a page's search words are metadata: weigh them like its title.
      await pf.options({ baseUrl: form.dataset.base ?? '/', noWorker: true, ranking: { metaWeights: META_WEIGHTS } });
      await pf.init();
      return pf;
    });
    pagefind.catch(() => (pagefind = undefined));
  }
  return pagefind;
}

const isSearchBox = (target: EventTarget | null): target is HTMLInputElement => target instanceof HTMLInputElement && target.type === 'search';
addEventListener('focusin', (event) => {
  if (isSearchBox(event.target)) void loadPagefind().catch(() => undefined);
});
/** Shorter words match the start of too many words: their index chunks are not worth fetching ahead. */
const PRELOAD_FROM = 3;
// The index chunks for the words typed so far, so that pressing Enter finds them here already.
addEventListener('input', (event) => {
  const term = isSearchBox(event.target) ? event.target.value.trim() : '';
  if ((term.split(/\s+/).at(-1) ?? '').length >= PRELOAD_FROM) void loadPagefind().then((pf) => pf.preload(term)).catch(() => undefined);
});

const editionName = (slug: string) => editions.find((e) => e.slug === slug)?.name;

/** Puts the search in the form, and says in the folded choices where it searches. */
function fill(state: SearchState): void {
  for (const key of ['q', 'gemeente', 'soort', 'thema'] as const) {
    const field = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = state[key];
  }
  const only = state.soort ? `, alleen ${PAGE_KINDS[state.soort].filter.toLowerCase()}` : '';
  const theme = themes.find((t) => t.id === state.thema);
  scopeLabel.textContent = `${editionName(state.gemeente) ?? 'alle gemeenten'}${only}${theme ? `, thema ${theme.title}` : ''}`;
  // A choice the reader (or a link) made stays in sight.
  if (state.soort || state.thema || state.gemeente !== scope) choices.open = true;
}

/** The search in the URL, so it can be shared, bookmarked and restored on reload. */
function go(state: SearchState): void {
  history.pushState(null, '', `${location.pathname}${searchQuery(state, scope)}`);
  void show(state);
}

/** What the results hold of the search: words no shown result contains, and a word found instead. */
interface Nearness {
  missing: string[];
  like?: string | undefined;
}

const quoted = (words: string[]) => listNl(words.map((w) => `“${w}”`));

function describe(count: number, state: SearchState, near: Nearness): string {
  const edition = editions.find((e) => e.slug === state.gemeente);
  const only = state.soort ? `, alleen ${PAGE_KINDS[state.soort].filter.toLowerCase()}` : '';
  const theme = themes.find((t) => t.id === state.thema);
  const place = [edition && ` in ${edition.name}`, only, theme && `, over het thema ${theme.title}`].filter(Boolean).join('');
  if (count > 0 && near.missing.length > 0) {
    // Pagefind shortens a word it cannot find: say so, rather than count the pages as hits.
    const none = `${near.missing.length === 1 ? 'Het woord' : 'De woorden'} ${quoted(near.missing)} ${near.missing.length === 1 ? 'staat' : 'staan'} op geen enkele pagina${place}.`;
    const like = near.like && !near.missing.includes(near.like) ? `, zoals “${near.like}”` : '';
    return `${none} Wel ${count === 1 ? '1 resultaat' : `${count} resultaten`} met woorden die erop lijken${like}.`;
  }
  const found = count === 0 ? 'Geen resultaten' : count === 1 ? '1 resultaat' : `${count} resultaten`;
  const where = [found, state.q && `voor “${state.q}”`].filter(Boolean).join(' ');
  const tip = count === 0 ? ' Probeer een ander woord, of zoek zonder gemeente, soort of thema.' : '';
  return `${where}${place}.${tip}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function link(href: string, text: string, className = ''): HTMLAnchorElement {
  const a = element('a', className, text);
  a.href = href;
  return a;
}

function resultItem(data: ResultData): HTMLLIElement {
  const li = element('li', 'border-b border-line pb-4');
  li.append(link(data.url, data.meta.title ?? data.url, 'text-lg font-bold'));
  const kind = data.filters.soort?.[0];
  // A law is in the search of every edition that names it, but belongs to none.
  const gemeente = kind === 'wet' ? undefined : data.filters.gemeente?.[0];
  const word = editions.find((e) => e.name === gemeente)?.word;
  const context = [gemeente, kind && isPageKind(kind) ? kindLabel(kind, word) : undefined].filter(Boolean).join(' · ');
  if (context) li.append(element('p', 'text-base text-muted', context));
  const excerpt = element('p', 'mt-1');
  // Text nodes only: Pagefind's excerpt is HTML, and page text must never become markup here.
  excerpt.append(...excerptParts(data.excerpt).map((part) => (part.mark ? element('mark', '', part.text) : document.createTextNode(part.text))));
  li.append(excerpt);
  const sections = data.sub_results.filter((s) => s.anchor).slice(0, SECTIONS_PER_RESULT);
  if (sections.length > 0) {
    li.append(element('p', 'mt-1 text-base', 'Gevonden in:'));
    const ul = element('ul', 'list-disc pl-6 text-base');
    ul.append(...sections.map((s) => {
      const item = element('li', '');
      item.append(link(s.url, s.title));
      return item;
    }));
    li.append(ul);
  }
  return li;
}

let run = 0;

/** Adds the next page of results; returns their data, to judge them and to move focus after "more". */
async function showMore(results: Result[], from: number, current: number): Promise<{ data: ResultData[]; first?: HTMLLIElement | undefined }> {
  const data = await Promise.all(results.slice(from, from + RESULTS_PAGE_SIZE).map((r) => r.data()));
  if (current !== run) return { data };
  const items = data.map(resultItem);
  list.append(...items);
  more.hidden = results.length <= from + RESULTS_PAGE_SIZE;
  more.onclick = async () => (await showMore(results, from + RESULTS_PAGE_SIZE, current)).first?.querySelector('a')?.focus();
  return { data, first: items[0] };
}

/** Whether the shown results hold the words searched for: their text, title and search words. */
function nearness(q: string, data: ResultData[]): Nearness {
  const texts = data.map((d) => [d.content, ...Object.values(d.meta)].join(' '));
  return { missing: missingWords(q, texts), like: data[0] && firstMarked(data[0].excerpt) };
}

async function show(state: SearchState): Promise<void> {
  const current = ++run;
  fill(state);
  list.replaceChildren();
  more.hidden = true;
  index.hidden = hasSearch(state, scope);
  // One click from one edition's results to those of all.
  const all = { ...state, gemeente: '' };
  everywhere.hidden = !(state.gemeente && editionName(state.gemeente) && state.q);
  everywhere.querySelector('a')!.href = `${location.pathname}${searchQuery(all, scope)}`;
  everywhere.onclick = (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return; // a new tab or window: let the link go
    event.preventDefault();
    go(all);
  };
  if (!hasSearch(state, scope)) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Bezig met zoeken…';
  try {
    const pf = await loadPagefind();
    const filters = pagefindFilters(state, editionName, (id) => themes.some((t) => t.id === id));
    const results = (await pf.search(state.q || null, { filters }))?.results ?? [];
    if (current !== run) return;
    const { data } = await showMore(results, 0, current);
    if (current === run) status.textContent = describe(results.length, state, nearness(state.q, data));
  } catch {
    if (current !== run) return;
    status.textContent = 'Zoeken lukt nu niet. Probeer het later opnieuw, of kies hieronder een pagina van A tot Z.';
    index.hidden = false;
  }
}

const fromUrl = () => readSearch(new URLSearchParams(location.search), scope);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  go(readSearch(new URLSearchParams(new FormData(form) as unknown as Record<string, string>), scope));
});
addEventListener('popstate', () => void show(fromUrl()));
void show(fromUrl());

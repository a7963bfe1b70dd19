import { render } from 'astro:content';
import { readingOrder, slugOf, type EditionContent } from './editions';
import { mentionsIn } from './mentions';
import { urls } from '../site';

/** A place in a vision that names a law or shows a dataset, to link to. */
export interface Passage {
  /** The page, and the section's heading when there is one: "/zuidplas/bijlagen/wettelijke-kaders/#de-wetten". */
  href: string;
  /** Title of the page. */
  page: string;
  /** Text of the section's heading. */
  heading?: string | undefined;
  /** The component's attributes as the author wrote them: a chart's kind and message title. */
  attributes: Record<string, string>;
}

const cache = new Map<string, Promise<Map<string, Passage[]>>>();

async function find(edition: EditionContent, tags: readonly string[]): Promise<Map<string, Passage[]>> {
  const found = new Map<string, Passage[]>();
  for (const { section, entry } of readingOrder(edition)) {
    const { headings } = await render(entry);
    const page = urls.edition(edition.slug, section, slugOf(entry));
    for (const mention of mentionsIn(entry.body ?? '', headings, tags)) {
      const href = mention.under ? `${page}#${mention.under.slug}` : page;
      const list = found.get(mention.id) ?? [];
      if (!list.some((p) => p.href === href)) list.push({ href, page: entry.data.title, heading: mention.under?.text, attributes: mention.attributes });
      found.set(mention.id, list);
    }
  }
  return found;
}

/**
 * Where an edition's pages name each id with one of `tags` (`LawRef` for laws; `Chart`,
 * `KeyFigures`, `Table` for datasets), in reading order: id → passages. Read once per build.
 */
export function passagesOf(edition: EditionContent, tags: readonly string[]): Promise<Map<string, Passage[]>> {
  const key = `${edition.slug}:${tags.join(',')}`;
  if (!cache.has(key)) cache.set(key, find(edition, tags));
  return cache.get(key)!;
}

/** The components that name a law of the register. */
export const LAW_TAGS = ['LawRef'] as const;
/** The components that show a dataset. */
export const DATASET_TAGS = ['Chart', 'KeyFigures', 'Table'] as const;

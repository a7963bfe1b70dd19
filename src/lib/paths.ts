import { getEditions, slugOf, type EditionContent } from './content';
import { rendersEdition, singleEdition } from './build-options';
import { urls } from './site';

/** The editions whose pages this build renders: all, or a shard's (EDITIONS). */
const rendered = async () => (await getEditions()).filter((e) => rendersEdition(e.slug));

/** Route params of every edition home; in a single-edition build the home is src/pages/index.astro. */
export async function editionPaths() {
  if (singleEdition) return [];
  return (await rendered()).map((edition) => ({ params: { edition: edition.slug }, props: { edition } }));
}

/** Route params of a section index (pijlers/, piramide/, ...) for every edition that has entries there. */
export async function sectionPaths(has: (e: EditionContent) => boolean) {
  return (await rendered()).filter(has).map((edition) => ({ params: { edition: urls.param(edition.slug) }, props: { edition } }));
}

/** Route params of every entry of a section, with its neighbours in reading order. */
export async function entryPaths<T extends { id: string }>(pick: (e: EditionContent) => T[]) {
  return (await rendered()).flatMap((edition) => {
    const entries = pick(edition);
    return entries.map((entry, i) => ({
      params: { edition: urls.param(edition.slug), slug: slugOf(entry) },
      props: { edition, entry, prev: entries[i - 1], next: entries[i + 1] },
    }));
  });
}

import type { EditionPath, EntrySectionName } from '../../sections';
import { entriesOf, getEditions, hasContent, slugOf } from './editions';
import { rendersEdition, singleEdition } from '../build-options';
import { urls } from '../site';

/** The editions whose pages this build renders: all, or a shard's (EDITIONS). */
const rendered = async () => (await getEditions()).filter((e) => rendersEdition(e.slug));

/** Route params of every edition home; in a single-edition build the home is src/pages/index.astro. */
export async function editionPaths() {
  if (singleEdition) return [];
  return (await rendered()).map((edition) => ({ params: { edition: edition.slug }, props: { edition } }));
}

/** Route params of a section index (pijlers/, piramide/, ...) for every edition that has content there; the whole vision and the search for all. */
export async function sectionPaths(path: EditionPath) {
  return (await rendered()).filter((e) => path === 'volledig' || path === 'zoeken' || hasContent(e, path)).map((edition) => ({ params: { edition: urls.param(edition.slug) }, props: { edition } }));
}

/** Route params of every entry of a section, with its neighbours in reading order. */
export async function entryPaths<S extends EntrySectionName>(section: S) {
  return (await rendered()).flatMap((edition) => {
    const entries = entriesOf(edition, section);
    return entries.map((entry, i) => ({
      params: { edition: urls.param(edition.slug), slug: slugOf(entry) },
      props: { edition, entry, prev: entries[i - 1], next: entries[i + 1] },
    }));
  });
}

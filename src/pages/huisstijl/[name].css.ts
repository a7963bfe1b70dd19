import type { APIRoute, GetStaticPaths } from 'astro';
import { rendersEdition, singleEdition } from '../../lib/build-options';
import { getEditions } from '../../lib/content/editions';
import { ALL_EDITIONS_THEME } from '../../lib/site-names';
import { editionsThemeCss, editionThemeCss } from '../../lib/theme/theme-css';

/** huisstijl/<edition>.css for each edition's pages, and huisstijl/gemeenten.css for the list of all editions (not in a single-edition build). */
export const getStaticPaths = (async () => {
  const editions = (await getEditions()).map(({ slug, edition }) => ({ slug, colour: edition.data.colour }));
  return [
    ...editions.filter((e) => rendersEdition(e.slug)).map((e) => ({ params: { name: e.slug }, props: { css: editionThemeCss(e.colour) } })),
    ...(singleEdition ? [] : [{ params: { name: ALL_EDITIONS_THEME }, props: { css: editionsThemeCss(editions) } }]),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ css: string }> = ({ props }) => new Response(props.css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });

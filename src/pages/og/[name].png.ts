import type { APIRoute, GetStaticPaths } from 'astro';
import { rendersEdition } from '../../lib/build-options';
import { getEditions } from '../../lib/content/editions';
import { kindAndDate } from '../../lib/format/edition-date';
import { ogSvg, type OgCard } from '../../lib/og/image';
import { OG_SITE } from '../../lib/og/meta';
import { svgToPng } from '../../lib/og/png';

/** One link-preview image per edition, og/<edition>.png, and one for the pages of the site itself. */
export const getStaticPaths = (async () => {
  const editions = await getEditions();
  const cards: { name: string; card: OgCard }[] = editions.filter((e) => rendersEdition(e.slug)).map(({ slug, edition: { data } }) => ({
    name: slug,
    card: { colour: data.colour, kicker: `Gemeente ${data.name}`, title: data.title, footer: `Sociale visie · ${kindAndDate(data.kind, data.date)}` },
  }));
  cards.push({
    name: OG_SITE,
    card: { colour: '#1f4e79', kicker: 'Sociale visie', title: 'Visies op het sociaal domein van Nederlandse gemeenten', footer: 'Leesbaar op elke telefoon' },
  });
  return cards.map(({ name, card }) => ({ params: { name }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(svgToPng(ogSvg((props as { card: OgCard }).card))), { headers: { 'Content-Type': 'image/png' } });

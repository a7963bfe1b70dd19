import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { toCsv } from '../../charts/csv';
import { rendersEdition } from '../../lib/build-options';
import { csvName, toDataset, type Dataset } from '../../lib/datasets';

/** Every dataset of this build as /data/<edition>-<file>.csv, the download under each chart. */
export const getStaticPaths = (async () =>
  (await getCollection('datasets', (d) => rendersEdition(d.id.split('/')[0]!))).map((d) => ({
    params: { file: csvName(d.id).replace(/\.csv$/, '') },
    props: { dataset: toDataset(d) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(toCsv(props.dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

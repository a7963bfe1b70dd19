import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { toCsv } from '../../lib/content/csv';
import { csvName, toDataset, type Dataset } from '../../lib/content/datasets';

/** Every dataset of this build as /data/<edition>-<file>.csv, the download under each chart. */
export const getStaticPaths = (async () =>
  (await getCollection('datasets')).map((d) => ({
    params: { file: csvName(d.id).replace(/\.csv$/, '') },
    props: { dataset: toDataset(d) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(toCsv(props.dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { toCsv } from '../../charts/csv';
import { csvName, toDataset } from '../../lib/datasets';

/** Every dataset of this build as /data/<edition>-<file>.csv, the download under each chart. */
export const getStaticPaths = (async () =>
  (await getCollection('datasets')).map((d) => ({
    params: { file: csvName(d.id).replace(/\.csv$/, '') },
    props: toDataset(d),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv(props as Parameters<typeof toCsv>[0]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

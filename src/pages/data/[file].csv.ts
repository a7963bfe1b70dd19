import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { toCsv, toExcelCsv } from '../../lib/content/csv';
import { rendersEdition } from '../../lib/build-options';
import { csvName, excelCsvName, toDataset, type Dataset } from '../../lib/content/datasets';

type Props = { dataset: Dataset; excel: boolean };

/**
 * Every dataset of this build as /data/<edition>-<file>.csv, the download under each chart, and
 * as /data/<edition>-<file>.excel.csv, the same figures in the form Dutch Excel opens.
 */
export const getStaticPaths = (async () =>
  (await getCollection('datasets', (d) => rendersEdition(d.id.split('/')[0]!))).flatMap((d) => {
    const dataset = toDataset(d);
    return [
      { params: { file: csvName(d.id).replace(/\.csv$/, '') }, props: { dataset, excel: false } },
      { params: { file: excelCsvName(d.id).replace(/\.csv$/, '') }, props: { dataset, excel: true } },
    ];
  })) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.excel ? toExcelCsv(props.dataset) : toCsv(props.dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

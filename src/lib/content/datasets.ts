import { AstroError } from 'astro/errors';
import { getEntry, type CollectionEntry } from 'astro:content';
import type { Cell, DatasetMeta, Row } from '../../schemas/dataset';
import { formatPeildatum } from '../format/dates';

type DatasetEntry = CollectionEntry<'datasets'>;

/** A dataset with its rows, as charts and tables use it. */
export interface Dataset extends DatasetMeta {
  id: string;
  rows: Row[];
}

/** A dataset entry as charts and tables use it (the loader always sets its rows). */
export const toDataset = (entry: DatasetEntry): Dataset => ({ ...entry.data, id: entry.id, rows: entry.data.rows ?? [] });

/** A dataset by id "<edition>/<file name>"; an unknown id stops the build. */
export async function getDataset(id: string, usedIn: string): Promise<Dataset> {
  const entry = await getEntry('datasets', id);
  if (!entry) {
    throw new AstroError(
      `${usedIn}: there is no dataset "${id}".`,
      'Use "<edition>/<file name>" of a dataset in content/gemeenten/<edition>/cijfers/, like "zuidplas/bevolking".',
    );
  }
  return toDataset(entry);
}

/** The line under a table or chart: source, peildatum and licence. */
export function sourceLine(dataset: Pick<Dataset, 'source' | 'date' | 'licence'>): string {
  return `Bron: ${dataset.source}. Peildatum: ${formatPeildatum(dataset.date)}. ${dataset.licence}`;
}

/** The CSV download's file name. */
export const csvName = (id: string) => `${id.replace('/', '-')}.csv`;

/** The file name of the same figures as a CSV for Excel (see toExcelCsv). */
export const excelCsvName = (id: string) => `${id.replace('/', '-')}.excel.csv`;

export type { Cell };

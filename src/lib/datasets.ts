import { AstroError } from 'astro/errors';
import { getEntry } from 'astro:content';
import type { Cell, DatasetMeta, Row } from '../schemas/dataset';

/** A dataset with its rows, as charts and tables use it. */
export interface Dataset extends DatasetMeta {
  id: string;
  rows: Row[];
}

/** A dataset by id "<edition>/<file name>"; an unknown id stops the build. */
export async function getDataset(id: string, usedIn: string): Promise<Dataset> {
  const entry = await getEntry('datasets', id);
  if (!entry) {
    throw new AstroError(
      `${usedIn}: there is no dataset "${id}".`,
      'Use "<edition>/<file name>" of a dataset in content/gemeenten/<edition>/cijfers/, like "zuidplas/bevolking".',
    );
  }
  return { ...entry.data, id, rows: entry.data.rows ?? [] };
}

/** Column sums of the number columns, for a total row. */
export function totals(dataset: Pick<Dataset, 'columns' | 'rows'>): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const col of dataset.columns.filter((c) => c.type === 'number')) {
    sums[col.key] = dataset.rows.reduce((sum, row) => sum + ((row[col.key] as number | null) ?? 0), 0);
  }
  return sums;
}

/** The CSV download's file name. */
export const csvName = (id: string) => `${id.replace('/', '-')}.csv`;

export type { Cell };

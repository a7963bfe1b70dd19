import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { readFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { DatasetMeta } from '../../schemas/dataset';
import { DatasetError, parseDatasetRows } from './csv';
import { parseYamlFile } from './yaml-file';

/**
 * Loads cijfers/<id>.yaml with its cijfers/<id>.csv as one entry "<edition>/<id>". A CSV that
 * does not match its columns stops the build with the file, row, column and fix.
 */
export function datasetLoader(base: string, editions: string): Loader {
  return {
    name: 'dataset-loader',
    load: async ({ store, parseData }) => {
      store.clear();
      for await (const rel of glob(`${editions}/cijfers/*.yaml`, { cwd: base })) {
        const [, edition, , file] = rel.split('/');
        const id = `${edition}/${file!.replace(/\.yaml$/, '')}`;
        const filePath = relative(process.cwd(), join(base, rel));
        // The check of content/ (src/lib/content/layout.ts) has made sure the CSV exists.
        const csvPath = filePath.replace(/\.yaml$/, '.csv');
        const meta = await parseData<DatasetMeta>({ id, data: parseYamlFile(readFileSync(filePath, 'utf8'), filePath) as DatasetMeta, filePath });
        try {
          const rows = parseDatasetRows(readFileSync(csvPath, 'utf8'), meta, csvPath);
          store.set({ id, data: { ...meta, rows }, filePath });
        } catch (error) {
          if (error instanceof DatasetError) throw new AstroError('A data file does not match its description.', error.message);
          throw error;
        }
      }
    },
  };
}

import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, shardEditions, singleEdition } from './lib/build-options';
import { datasetLoader } from './lib/content/dataset-loader';
import { withMetadata } from './lib/content/metadata-loader';
import { datasetMetaSchema } from './schemas/dataset';
import { editionSchema } from './schemas/edition';
import { glossarySchema } from './schemas/glossary';
import { editionLawsSchema, lawSchema } from './schemas/law';
import { annexSchema, chapterSchema, layerSchema, pillarSchema } from './schemas/page';
import { editionThemesSchema, themeSchema } from './schemas/theme';
import { SECTIONS, type EntrySectionName } from './sections';

/** Editions this build reads: all, or the one named by EDITION. */
const editions = `gemeenten/${singleEdition ?? '*'}`;

/** Entry ids are "<edition>/<file name>", so two editions can use the same slug. */
const entryId = ({ entry }: { entry: string }) => {
  const [, edition, , file] = entry.split('/');
  return `${edition}/${file!.replace(/\.mdx$/, '')}`;
};

/** A glob pattern for some editions: "gemeenten/{a,b}" ({a} alone is no pattern). */
const someEditions = (slugs: string[]) => `gemeenten/${slugs.length === 1 ? slugs[0] : `{${slugs.join(',')}}`}`;

/**
 * The MDX pages of a section, in its folder; ids are "<edition>/<file name>", so two editions can
 * use the same slug. A shard (EDITIONS) renders its own editions' and reads the others' metadata.
 */
const sectionEntries = (section: EntrySectionName) => {
  if (!shardEditions) return glob({ pattern: `${editions}/${section}/*.mdx`, base: contentDir, generateId: entryId });
  const renderable = shardEditions.length > 0 ? glob({ pattern: `${someEditions(shardEditions)}/${section}/*.mdx`, base: contentDir, generateId: entryId }) : undefined;
  const others = shardEditions.length > 0 ? `!(${shardEditions.join('|')})` : '*';
  return withMetadata(renderable, { base: contentDir, pattern: `gemeenten/${others}/${section}/*.mdx`, generateId: entryId });
};

/** Ids of the law register, so an edition naming an unknown law fails the build. */
const knownLaws = readdirSync(join(contentDir, 'wetten'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

const perEdition = (file: string) =>
  glob({ pattern: `${editions}/${file}`, base: contentDir, generateId: ({ entry }) => entry.split('/')[1]! });

export const collections = {
  editions: defineCollection({ loader: perEdition('gemeente.yaml'), schema: editionSchema }),
  [SECTIONS.pijlers.collection]: defineCollection({ loader: sectionEntries('pijlers'), schema: pillarSchema }),
  [SECTIONS.piramide.collection]: defineCollection({ loader: sectionEntries('piramide'), schema: layerSchema }),
  [SECTIONS.bijlagen.collection]: defineCollection({ loader: sectionEntries('bijlagen'), schema: annexSchema }),
  [SECTIONS.hoofdstukken.collection]: defineCollection({ loader: sectionEntries('hoofdstukken'), schema: chapterSchema }),
  [SECTIONS.wetten.collection]: defineCollection({
    loader: glob({ pattern: 'wetten/*.yaml', base: contentDir, generateId: ({ entry }) => entry.slice(7, -5) }),
    schema: lawSchema,
  }),
  editionLaws: defineCollection({ loader: perEdition('wetten.yaml'), schema: editionLawsSchema(knownLaws) }),
  /** content/themas.yaml: the themes that run through the visions, one entry per theme id. */
  [SECTIONS.thema.collection]: defineCollection({ loader: file(join(contentDir, 'themas.yaml')), schema: themeSchema(knownLaws) }),
  /** gemeenten/<slug>/themas.yaml: what one vision says on each theme, by edition slug. */
  editionThemes: defineCollection({ loader: perEdition('themas.yaml'), schema: editionThemesSchema }),
  [SECTIONS.begrippen.collection]: defineCollection({
    loader: glob({
      pattern: ['begrippen.yaml', `${editions}/begrippen.yaml`],
      base: contentDir,
      generateId: ({ entry }) => (entry === 'begrippen.yaml' ? 'gedeeld' : entry.split('/')[1]!),
    }),
    schema: glossarySchema,
  }),
  [SECTIONS.cijfers.collection]: defineCollection({
    loader: datasetLoader(contentDir, editions),
    schema: datasetMetaSchema.extend({
      /** The CSV rows, read and checked by the loader. */
      rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))).optional(),
    }),
  }),
};

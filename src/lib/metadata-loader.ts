import type { Loader, LoaderContext } from 'astro/loaders';
import { load as parseYaml } from 'js-yaml';
import { glob, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

interface MetadataOptions {
  /** Folder the pattern is relative to. */
  base: string;
  /** The MDX files read as metadata only. */
  pattern: string;
  /** The entry id of a file, as the collection's renderable loader makes it. */
  generateId: (options: { entry: string }) => string;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * A collection whose MDX entries come in two kinds: those `renderable` loads (compiled, bundled,
 * rendered), and from `pattern` entries with their frontmatter only. A shard of a large build
 * reads every other edition this way: the shared pages list those pages' titles, while the build
 * bundles only its own MDX, which is what its memory grows with.
 */
export function withMetadata(renderable: Loader | undefined, { base, pattern, generateId }: MetadataOptions): Loader {
  return {
    name: 'metadata-loader',
    load: async (context: LoaderContext) => {
      const { store, parseData, generateDigest } = context;
      // The renderable loader drops what it did not load, entries of an earlier run included.
      if (renderable) await renderable.load(context);
      else store.clear();
      for await (const entry of glob(pattern, { cwd: base })) {
        const file = join(base, entry);
        const contents = await readFile(file, 'utf8');
        const data = (parseYaml(FRONTMATTER.exec(contents)?.[1] ?? '') ?? {}) as Record<string, unknown>;
        const id = generateId({ entry });
        const filePath = relative(process.cwd(), file);
        // A digest of its own, so that a later build rendering this file never takes this entry for its own.
        store.set({ id, data: await parseData({ id, data, filePath }), filePath, digest: generateDigest(`metadata\n${contents}`) });
      }
    },
  };
}

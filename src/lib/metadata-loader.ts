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
      const files = new Map<string, string>();
      for await (const entry of glob(pattern, { cwd: base })) files.set(generateId({ entry }), join(base, entry));
      // The renderable loader drops the entries it did not load: it must not see these, which stay.
      const others = new Proxy(store, {
        get: (target, key) => (key === 'keys' ? () => target.keys().filter((id) => !files.has(id)) : Reflect.get(target, key, target)),
      });
      if (renderable) await renderable.load({ ...context, store: others });
      else for (const id of others.keys()) store.delete(id);
      for (const [id, file] of files) {
        const contents = await readFile(file, 'utf8');
        // A digest of its own, so that a build rendering this file never takes this entry for its own.
        const digest = generateDigest(`metadata\n${contents}`);
        if (store.get(id)?.digest === digest) continue;
        const data = (parseYaml(FRONTMATTER.exec(contents)?.[1] ?? '') ?? {}) as Record<string, unknown>;
        const filePath = relative(process.cwd(), file);
        store.set({ id, data: await parseData({ id, data, filePath }), filePath, digest });
      }
    },
  };
}

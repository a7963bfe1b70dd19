import type { Loader, LoaderContext } from 'astro/loaders';
import { load as parseYaml } from 'js-yaml';
import { glob, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { bodySkeleton } from './mentions.ts';

interface MetadataOptions {
  /** Folder the pattern is relative to. */
  base: string;
  /** The MDX files read as metadata only: "gemeenten/<edition>/<section>/<page>.mdx". */
  pattern: string;
  /** The entry id of a file, as the collection's renderable loader makes it. */
  generateId: (options: { entry: string }) => string;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The Markdown headings of a body, outside code blocks: all that is needed to know their ids. */
function headingLines(body: string): string {
  let fenced = false;
  return body
    .split(/\r?\n/)
    .filter((line) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      return !fenced && /^#{1,6}\s/.test(line);
    })
    .join('\n\n');
}

/** What a page read as metadata keeps of its MDX file: its frontmatter, its heading lines and the skeleton of its body. */
export interface PageMetadata {
  /** The YAML between the `---` lines. */
  frontmatter: string;
  /** The Markdown heading lines of the body (headingLines). */
  headings: string;
  /** The body's headings and component tags (src/lib/content/mentions.ts). */
  skeleton: string;
}

/**
 * All that the metadata loader reads of an MDX file, and so all that the pages every edition
 * shares can show of a page they do not render. scripts/build-shards.ts hashes it to know when
 * those pages must be built again: a sentence more changes nothing here, a new heading or a new
 * <LawRef> does.
 */
export function pageMetadata(contents: string): PageMetadata {
  const frontmatter = FRONTMATTER.exec(contents);
  const body = contents.slice(frontmatter?.[0].length ?? 0);
  return { frontmatter: frontmatter?.[1] ?? '', headings: headingLines(body), skeleton: bodySkeleton(body) };
}

/**
 * A collection whose MDX entries come in two kinds: those `renderable` loads (compiled, bundled,
 * rendered), and from `pattern` entries with their metadata only. A shard of a large build reads
 * every other edition this way, while it bundles only its own MDX, which is what its memory grows
 * with. The shared pages list those pages' titles, link to their headings (themes) and to where
 * they name a law: so an entry also keeps its headings, as Astro's own Markdown renders them (ids,
 * text) from the heading lines alone, and the skeleton of its body (src/lib/mentions.ts).
 */
export function withMetadata(renderable: Loader | undefined, { base, pattern, generateId }: MetadataOptions): Loader {
  return {
    name: 'metadata-loader',
    load: async (context: LoaderContext) => {
      const { store, parseData, generateDigest, renderMarkdown } = context;
      const files = new Map<string, string>();
      for await (const entry of glob(pattern, { cwd: base })) files.set(generateId({ entry }), entry);
      // The renderable loader drops the entries it did not load: it must not see these, which stay.
      const others = new Proxy(store, {
        get: (target, key) => (key === 'keys' ? () => target.keys().filter((id) => !files.has(id)) : Reflect.get(target, key, target)),
      });
      if (renderable) await renderable.load({ ...context, store: others });
      else for (const id of others.keys()) store.delete(id);
      for (const [id, entry] of files) {
        const file = join(base, entry);
        const contents = await readFile(file, 'utf8');
        // A digest of its own, so that a build rendering this file never takes this entry for its own.
        const digest = generateDigest(`metadata\n${contents}`);
        if (store.get(id)?.digest === digest) continue;
        const { frontmatter, headings, skeleton } = pageMetadata(contents);
        const data = (parseYaml(frontmatter) ?? {}) as Record<string, unknown>;
        const filePath = relative(process.cwd(), file);
        const rendered = { html: '', metadata: { headings: (await renderMarkdown(headings)).metadata?.headings ?? [] } };
        store.set({ id, data: await parseData({ id, data, filePath }), body: skeleton, filePath, digest, rendered });
      }
    },
  };
}

import type { MarkdownHeading } from 'astro';
import { mdxToHast } from 'satteri';
import { AUDIENCES, audienceId, isAudience } from '../reading/audiences.ts';

/** A component in an MDX body that names something by id (a law, a dataset), and where it stands. */
export interface Mention {
  /** The id it names: "jeugdwet", "zuidplas/bevolking". */
  id: string;
  /** Its attributes as written: `{ id: "zuidplas/bevolking", kind: "pyramid", title: "…" }`. */
  attributes: Record<string, string>;
  /** The heading it stands under, to link to; none before the first heading. */
  under?: MarkdownHeading | undefined;
}

interface MdxNode {
  type: string;
  tagName?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
}

const RANKED = /^h[2-6]$/;

/** The attributes of an MDX component written as text (`id="jeugdwet"`). */
const attributesOf = (node: MdxNode) =>
  Object.fromEntries((node.attributes ?? []).flatMap((a) => (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string' ? [[a.name, a.value]] : [])));

/**
 * The places an MDX body names something with one of `tags` (`<LawRef id="jeugdwet" />`), in
 * order, each with the heading it stands under, read from the MDX tree that Sätteri (Astro's MDX
 * parser) makes of the body. `headings` are the body's Markdown headings as render() gives them
 * (with their ids); a body whose sections cannot be matched to them yields places without a
 * heading, so a link then opens the page at its top rather than a wrong section.
 */
export function mentionsIn(body: string, headings: MarkdownHeading[], tags: readonly string[]): Mention[] {
  const own = headings.filter((h) => h.depth >= 2);
  // Sections in the order they start: a Markdown heading (the next of `own`) or a <Perspective>.
  const sections: (MarkdownHeading | undefined)[] = [];
  const found: { id: string; attributes: Record<string, string>; at: number }[] = [];
  let markdownHeadings = 0;
  const visit = (node: MdxNode) => {
    if (node.type === 'element' && RANKED.test(node.tagName ?? '')) sections.push(own[markdownHeadings++]);
    const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (isJsx && node.name === 'Perspective') {
      const { voor, title } = attributesOf(node);
      sections.push(voor && isAudience(voor) ? { depth: 2, slug: audienceId(voor), text: title ?? AUDIENCES[voor] } : undefined);
    }
    if (isJsx && node.name && tags.includes(node.name)) {
      const attributes = attributesOf(node);
      if (attributes.id) found.push({ id: attributes.id, attributes, at: sections.length });
    }
    node.children?.forEach(visit);
  };
  visit(mdxToHast(body) as MdxNode);
  const matched = markdownHeadings === own.length && sections.every(Boolean);
  return found.map(({ id, attributes, at }) => ({ id, attributes, under: matched && at > 0 ? sections[at - 1] : undefined }));
}

/**
 * What mentionsIn and perspectivesOf read of an MDX body, in order and still MDX: its heading
 * lines and its components, each as an empty tag with the attributes written (`<LawRef id="wmo" />`),
 * outside code blocks. A shard of a large build keeps this of the pages it does not render
 * (src/lib/content/metadata-loader.ts), so the shared pages still find where each vision names a
 * law, without every page's text in memory.
 */
export function bodySkeleton(body: string): string {
  const outsideCode = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  return [...outsideCode.matchAll(/^#{1,6}[ \t].*$|<([A-Z]\w*)\b([^>]*?)\/?>/gm)]
    .map((m) => (m[1] ? `<${m[1]}${m[2]!.trimEnd()} />` : m[0]))
    .join('\n\n');
}

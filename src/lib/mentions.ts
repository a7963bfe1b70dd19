import type { MarkdownHeading } from 'astro';
import { withPerspectives } from './audiences';

/** A component in an MDX body that names something by id (a law, a dataset), and where it stands. */
export interface Mention {
  /** The id it names: "jeugdwet", "zuidplas/bevolking". */
  id: string;
  /** Its attributes as written: `{ id: "zuidplas/bevolking", kind: "pyramid", title: "…" }`. */
  attributes: Record<string, string>;
  /** The heading it stands under, to link to; none before the first heading. */
  under?: MarkdownHeading | undefined;
}

/** Where a section starts in an MDX body: a Markdown heading line, or a <Perspective> (which prints its own h2). */
const SECTION_START = /^#{2,6}[ \t].*$|<Perspective\s+voor="/gm;
const ATTRIBUTE = /([\w-]+)="([^"]*)"/g;

/**
 * The places an MDX body names something with one of `tags` (`<LawRef id="jeugdwet" />`), in
 * order, each with the heading it stands under. `headings` are the body's Markdown headings as
 * render() gives them (with their ids); a body whose sections cannot be matched to them yields
 * places without a heading, so a link then opens the page at its top rather than a wrong section.
 */
export function mentionsIn(body: string, headings: MarkdownHeading[], tags: readonly string[]): Mention[] {
  const sections = withPerspectives(headings, body);
  const starts = [...body.matchAll(SECTION_START)].map((m) => m.index);
  const matched = starts.length === sections.length;
  const tag = new RegExp(`<(?:${tags.join('|')})\\s([^>]*?)/?>`, 'g');
  return [...body.matchAll(tag)].flatMap((m): Mention[] => {
    const attributes = Object.fromEntries([...m[1]!.matchAll(ATTRIBUTE)].map((a) => [a[1]!, a[2]!]));
    if (!attributes.id) return [];
    const before = starts.filter((at) => at < m.index).length;
    return [{ id: attributes.id, attributes, under: matched && before > 0 ? sections[before - 1] : undefined }];
  });
}

/**
 * What mentionsIn and withPerspectives read of a body, in order: its heading lines and the start
 * tags of its components (<Perspective>, <LawRef>, <Chart>, …). A shard of a large build keeps
 * this of the pages it does not render (src/lib/metadata-loader.ts), so the shared pages still
 * find where each vision names a law, without every page's text in memory.
 */
export function bodySkeleton(body: string): string {
  return [...body.matchAll(/^#{1,6}[ \t].*$|<[A-Z][\w]*\b[^>]*>/gm)].map((m) => m[0]).join('\n\n');
}

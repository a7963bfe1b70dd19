import type { MarkdownHeading } from 'astro';
import { mdxToHast } from 'satteri';

/** The audiences a building block can be told for, with their section headings. */
export const AUDIENCES = {
  inwoner: 'Voor mij als inwoner',
  partner: 'Voor ons als maatschappelijke organisatie',
  gemeente: 'Voor ons als gemeente',
} as const;

export type Audience = keyof typeof AUDIENCES;

export const isAudience = (value: string): value is Audience => value in AUDIENCES;

/** The anchor id of an audience's section. */
export const audienceId = (audience: Audience) => `voor-${audience}`;

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
}

/**
 * The sections the <Perspective> components of an MDX text print (their h2: id and heading), in
 * the order they stand, read from the MDX tree that Sätteri (Astro's MDX parser) makes of the text.
 * For pages that need an entry's headings without rendering it, such as a theme's links.
 */
export function perspectivesOf(body = ''): MarkdownHeading[] {
  const found: MarkdownHeading[] = [];
  const visit = (node: MdxNode) => {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Perspective') {
      const attribute = (name: string) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
      const voor = attribute('voor');
      const title = attribute('title');
      if (typeof voor === 'string' && isAudience(voor)) found.push({ depth: 2, slug: audienceId(voor), text: typeof title === 'string' ? title : AUDIENCES[voor] });
    }
    node.children?.forEach(visit);
  };
  visit(mdxToHast(body) as MdxNode);
  return found;
}

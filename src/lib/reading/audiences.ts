import type { MarkdownHeading } from 'astro';

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

/**
 * The MDX headings plus the <Perspective> sections (which print their own h2), in the order
 * they stand in the body, so the contents list shows both.
 */
export function withPerspectives(headings: MarkdownHeading[], body = ''): MarkdownHeading[] {
  const perspectives = [...body.matchAll(/<Perspective\s+voor="(\w+)"(?:\s+title="([^"]*)")?/g)]
    .filter((m) => isAudience(m[1]!))
    .map((m) => ({ at: m.index, heading: { depth: 2, slug: audienceId(m[1] as Audience), text: m[2] ?? AUDIENCES[m[1] as Audience] } }));
  if (perspectives.length === 0) return headings;
  let from = 0;
  const placed = headings.map((heading) => {
    const at = body.indexOf(`${'#'.repeat(heading.depth)} ${heading.text}`, from);
    if (at >= 0) from = at;
    return { at: at >= 0 ? at : from, heading };
  });
  return [...placed, ...perspectives].sort((a, b) => a.at - b.at).map((p) => p.heading);
}

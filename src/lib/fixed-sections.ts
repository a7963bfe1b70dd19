import type { MarkdownHeading } from 'astro';
import type { PageEntry } from './content';

/**
 * The sections an entry's frontmatter fills after its text (src/components/EntryBody.astro), in
 * reading order: their anchor ids, which partners link to, and their headings. The commitments'
 * heading is the edition's own label ("Dit is onze inzet").
 */
export const FIXED_SECTIONS = {
  targetGroups: { id: 'doelgroepen', title: 'Doelgroepen' },
  steps: { id: 'stappen', title: 'Stap voor stap' },
  goals: { id: 'doelen', title: 'Doelen' },
  commitments: { id: 'inzet' },
} as const;

/** The fixed sections an entry has, as headings for its contents list ("Op deze pagina"). */
export function fixedSectionHeadings(entry: PageEntry, commitmentsLabel: string): MarkdownHeading[] {
  const { targetGroups, steps } = entry.data;
  // Only building blocks have goals and commitments.
  const { goals, commitments } = entry.collection === 'pillars' ? entry.data : { goals: undefined, commitments: undefined };
  const present: [boolean, string, string][] = [
    [!!targetGroups, FIXED_SECTIONS.targetGroups.id, FIXED_SECTIONS.targetGroups.title],
    [!!steps, FIXED_SECTIONS.steps.id, FIXED_SECTIONS.steps.title],
    [!!goals, FIXED_SECTIONS.goals.id, FIXED_SECTIONS.goals.title],
    [!!commitments, FIXED_SECTIONS.commitments.id, commitmentsLabel],
  ];
  return present.filter(([has]) => has).map(([, slug, text]) => ({ depth: 2, slug, text }));
}

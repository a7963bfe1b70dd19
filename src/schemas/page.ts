import { z } from 'astro/zod';
import { list, partialDate, strict, text, textList, whole, wordList } from './fields';
import { themeTags } from './theme';

/** A group of people a page addresses, such as a life stage or a participation target group. */
const targetGroup = strict({
  /** Name of the group: "Jeugd (0-18 jaar)". */
  name: text('Write the name of the group.'),
  /** What the page says about this group. Default: nothing. */
  text: z.string().optional(),
});

/** One step of a process, in order. */
const step = strict({
  /** What happens in this step. */
  title: text('Write what happens in this step.'),
  /** When, as the source says it: "voorjaar 2023", "Q3". Default: not known. */
  when: z.string().optional(),
  /** More about the step. Default: nothing. */
  text: z.string().optional(),
});

/** Fields every page of an edition has (the MDX frontmatter). */
const page = {
  /** Title of the page, as the source names it. */
  title: text('Write the title of the page.'),
  /** One or two plain sentences: what this page is about. Shown in lists and link previews. */
  summary: text('Write one or two plain sentences on what this page is about.'),
  /** Words residents use for this subject, indexed by search but not shown. Default: none. */
  searchWords: list(z.string({ error: 'must be text. Put a number or a word like yes/no in quotes: "2040".' }), wordList('searchWords', 'schulden, geldzorgen')).optional(),
  /** Groups of people this page addresses. Default: none. */
  targetGroups: list(targetGroup, 'Start each group on a line of its own with "- name: ".').min(1).optional(),
  /** A process told in steps, in order. Default: none. */
  steps: list(step, 'Start each step on a line of its own with "- title: ".').min(1).optional(),
  /** When the content of this page was last changed. Default: the edition's date. */
  updated: partialDate().optional(),
};

const order = () => whole('Write its place in the order: 1 for the first, 2 for the next, and so on.');

/** A goal under a building block, such as Meierijstad's strategic goals. */
const goal = strict({
  /** Short code as the source numbers it: "1", "G1.2". Default: none. */
  code: z.string().optional(),
  /** The goal in one sentence. */
  title: text('Write the goal in one sentence.'),
  /** One to three themes of content/themas.yaml the goal is about: [werk]. Required on every goal. */
  themes: themeTags().optional(),
});

/** pijlers/*.mdx: a building block (pillar, leading principle, organisational task, G). */
export const pillarSchema = strict({
  ...page,
  /** Place in the edition's order of building blocks, from 1. */
  order: order(),
  /** Number the source gives it, like "5.1". Default: none. */
  number: z.string().optional(),
  /** What the edition commits to under this building block ("Dit is onze inzet"). Default: none. */
  commitments: textList('Write each commitment as a list item.').optional(),
  /** Goals under this building block. Default: none. */
  goals: list(goal, 'Start each goal on a line of its own with "- title: ".').min(1).optional(),
  /** One to three themes of content/themas.yaml this building block is about: [werk, meedoen]. Required. */
  themes: themeTags().optional(),
});

/** piramide/*.mdx: a layer of the inverted pyramid, from wide (1) to narrow. */
export const layerSchema = strict({
  ...page,
  /** Place in the pyramid: 1 is the widest layer at the top. */
  order: order(),
  /** The societal task tied to this layer. */
  task: strict({
    /** Number of the task in the source: "4.1". */
    number: text('Write the number of the task in the source, like "4.1".'),
    /** Name of the task: "Eigen kracht". */
    title: text('Write the name of the task.'),
  }),
  /** One to three themes of content/themas.yaml this layer is about: [zorg-op-maat]. Required. */
  themes: themeTags().optional(),
});

/** bijlagen/*.mdx: an annex of the source document. */
export const annexSchema = strict({
  ...page,
  /** Number of the annex in the source: 1, 2, ... */
  number: whole('Write the number of the annex in the source document.'),
  /** Whether this edition holds the annex's content (false: listed, not included). */
  included: z.boolean({ error: 'must be true or false: true when this edition holds the annex content.' }),
});

/** hoofdstukken/*.mdx: another chapter: introduction, developments, closing, ... */
export const chapterSchema = strict({
  ...page,
  /** Place in the reading order of the chapters, from 1. */
  order: order(),
  /** Whether the chapter is read before or after the pyramid and the building blocks. Default: before. */
  position: z.enum(['before', 'after'], { error: 'must be before or after (the pyramid and building blocks).' }).default('before'),
});

export type Pillar = z.output<typeof pillarSchema>;
export type Layer = z.output<typeof layerSchema>;
export type Annex = z.output<typeof annexSchema>;
export type Chapter = z.output<typeof chapterSchema>;

/**
 * What an MDX page in content/ may contain besides Markdown: the components of ./index.ts with
 * plain props, a few inline HTML elements, and links of a few kinds. Content is data that policy
 * staff write; it never runs code (src/mdx/content-policy.ts enforces this list).
 */
import { QUOTATION_FIX } from '../gates/no-quotations';

/** A component's props: those it needs and those it may have. Values are text in quotes, or true/false. */
interface PropSpec {
  required: readonly string[];
  optional: readonly string[];
}

/** The components content may use, with their props. astro check keeps this in step with each component's Props (./index.ts). */
export const MDX_COMPONENTS = {
  Callout: { required: [], optional: ['title'] },
  Chart: { required: ['id', 'kind'], optional: ['title', 'total', 'label', 'value', 'left', 'right', 'x', 'y'] },
  EditorialNote: { required: [], optional: ['id'] },
  KeyFigures: { required: ['id'], optional: ['title', 'label', 'value', 'text'] },
  LawRef: { required: ['id'], optional: [] },
  Perspective: { required: ['voor'], optional: ['title'] },
  Table: { required: ['id'], optional: ['total'] },
} as const satisfies Record<string, PropSpec>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;
/** The props content may write on component N. */
export type AllowedProp<N extends MdxComponentName> = (typeof MDX_COMPONENTS)[N]['required'][number] | (typeof MDX_COMPONENTS)[N]['optional'][number];

/** Components that existed once, with what to write instead. */
export const RETIRED_COMPONENTS: Record<string, string> = {
  Quote: `this site never shows words as a quotation: ${QUOTATION_FIX}.`,
};

/**
 * Raw HTML elements content may use, with the attributes each may have. Only inline text markup
 * that Markdown cannot write (an abbreviation with its expansion, a line break, super- and
 * subscript) plus strong and em, which authors copy from other documents. Anything else (a
 * script, an iframe, a meta refresh that sends readers elsewhere, a style) is rejected: the CSP
 * cannot stop every one of them, and a page's look belongs to the site.
 */
export const HTML_ELEMENTS: Record<string, readonly string[]> = {
  abbr: ['title'],
  br: [],
  sup: [],
  sub: [],
  strong: [],
  em: [],
};

/** Link schemes content may use; a link without a scheme is a path of this site. */
export const LINK_SCHEMES = ['https:', 'mailto:', 'tel:'];

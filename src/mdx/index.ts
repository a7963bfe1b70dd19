import Callout from './Callout.astro';
import LawRef from './LawRef.astro';
import Perspective from './Perspective.astro';
import Quote from './Quote.astro';
import Table from './Table.astro';

/** What MDX content may use without an import. */
export const mdxComponents = { Callout, LawRef, Perspective, Quote, Table };

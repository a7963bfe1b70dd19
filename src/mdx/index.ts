import Callout from './Callout.astro';
import Chart from './Chart.astro';
import EditorialNote from './EditorialNote.astro';
import KeyFigures from './KeyFigures.astro';
import LawRef from './LawRef.astro';
import Perspective from './Perspective.astro';
import Quote from './Quote.astro';
import Table from './Table.astro';

/** What MDX content may use without an import. */
export const mdxComponents = { Callout, Chart, EditorialNote, KeyFigures, LawRef, Perspective, Quote, Table };

import Callout from './Callout.astro';
import Chart from './Chart.astro';
import EditorialNote from './EditorialNote.astro';
import KeyFigures from './KeyFigures.astro';
import LawRef from './LawRef.astro';
import MarkdownTable from './MarkdownTable.astro';
import MarkdownTableHeader from './MarkdownTableHeader.astro';
import Perspective from './Perspective.astro';
import Quote from './Quote.astro';
import Table from './Table.astro';

/** What MDX content may use without an import, and the elements of Markdown it renders its own way. */
export const mdxComponents = { Callout, Chart, EditorialNote, KeyFigures, LawRef, Perspective, Quote, Table, table: MarkdownTable, th: MarkdownTableHeader };

/**
 * What the vision as a document says about itself: the cover's facts, the note on the official
 * version and the PDF's metadata. Pure: the edition in, text out,
 * so the page, the footer, the PDF and the tests state the same facts in the same words.
 */
import { EDITION_KINDS, type Edition } from '../schemas/edition';
import { formatDate } from './format/dates';
import { kindAndDate } from './format/edition-date';
import { capitalize } from './format/text';

/** One line of the cover: "Zaaknummer: 240952". */
export interface CoverFact {
  label: string;
  value: string;
}

/** The official document in one phrase: “Samen op weg” (Gemeente IJsselstein, oktober 2025, zaaknummer 240952). */
function sourcePhrase(source: Edition['source']): string {
  const details = [source.publisher, source.date && formatDate(source.date), source.caseNumber && `zaaknummer ${source.caseNumber}`];
  return `“${source.title}” (${details.filter(Boolean).join(', ')})`;
}

/** Which document this is a reading version of, and that the official version prevails. */
export function readingVersionNote(data: Edition): string {
  return `Dit is een leesversie van de ${EDITION_KINDS[data.kind].label} van de gemeente ${data.name}: ${sourcePhrase(data.source)}. Bij verschil geldt de officiële versie, ${data.source.where}.`;
}

/** The status as the edition states it, with its date only when it has one: "Vastgestelde visie, oktober 2025". */
export const statusLine = (data: Edition) => capitalize(kindAndDate(data.kind, data.date));

/**
 * The facts on the cover under the municipality, title and status, in reading order. `address` is where this reading version is published
 * (SITE_URL and the edition's path); a zaaknummer or a date appears only where the source gives one.
 */
export function coverFacts(data: Edition, address: string): CoverFact[] {
  const { source } = data;
  const facts: (CoverFact | undefined)[] = [
    { label: 'Bron', value: `“${source.title}”` },
    { label: 'Uitgegeven door', value: source.publisher },
    source.date ? { label: 'Datum van de bron', value: formatDate(source.date) } : undefined,
    source.caseNumber ? { label: 'Zaaknummer', value: source.caseNumber } : undefined,
    { label: 'Officiële versie', value: source.where },
    { label: 'Deze leesversie online', value: address },
  ];
  return facts.filter((fact) => fact !== undefined);
}

/** Title, Author and Subject of the PDF, as a document manager lists them. */
export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
}

export function documentInfo(data: Edition): DocumentInfo {
  return { title: data.title, author: data.source.publisher, subject: `Sociaal domein, gemeente ${data.name}: ${kindAndDate(data.kind, data.date)}` };
}

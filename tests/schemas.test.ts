import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { datasetMetaSchema } from '../src/schemas/dataset';
import { editionSchema } from '../src/schemas/edition';
import { glossarySchema } from '../src/schemas/glossary';
import { editionLawsSchema, lawSchema } from '../src/schemas/law';
import { annexSchema, layerSchema, pillarSchema } from '../src/schemas/page';

const edition = {
  name: 'Voorbeeld',
  title: 'Visie',
  kind: 'adopted',
  date: new Date('2025-10-01'),
  source: { title: 'Visie', publisher: 'Gemeente Voorbeeld', where: 'bij de gemeente' },
  about: 'Een visie.',
  mission: 'Iedereen doet mee.',
  colour: '#00657e',
};
const pillar = { title: 'Samen doen', summary: 'Over samen doen.', order: 1 };
const law = { name: 'Jeugdwet', identifier: { bwb: 'BWBR0034925' }, inForce: new Date('2015-01-01'), checked: new Date('2026-12-01'), domains: ['jeugd'], municipalityRole: 'Hulp aan jeugd.' };

const dataset = {
  title: 'T', description: 'D', unit: 'inwoners', source: 'S', date: '2024', licence: 'L',
  columns: [{ key: 'leeftijd', label: 'Leeftijd', type: 'text' }, { key: 'man', label: 'Mannen', type: 'integer' }, { key: 'vrouw', label: 'Vrouwen', type: 'integer' }],
};

/** The messages an author sees: "field: message", as Astro prints them. */
function messages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('valid content passes', () => {
  test.each([
    ['edition', editionSchema, edition],
    ['edition with a partial date', editionSchema, { ...edition, date: '2025-10' }],
    ['pillar', pillarSchema, { ...pillar, commitments: ['Wij luisteren.'], goals: [{ code: '1', title: 'Doel' }] }],
    ['layer', layerSchema, { ...pillar, task: { number: '4.1', title: 'Eigen kracht' } }],
    ['annex', annexSchema, { title: 'Bronnen', summary: 'De bronnen.', number: 14, included: false }],
    ['law', lawSchema, law],
    ['law of the EU', lawSchema, { ...law, identifier: { celex: '32016R0679' } }],
    ['amending act', lawSchema, { ...law, identifier: { staatsblad: '2019-219' }, amends: ['jeugdwet'], alsoAmends: ['Wet op het voortgezet onderwijs'] }],
    ['law in force since a year', lawSchema, { ...law, inForce: 1969 }],
    ['glossary', glossarySchema, { terms: [{ term: 'Wmo', definition: 'Een wet.' }] }],
    ['dataset with the figure that fits', datasetMetaSchema, { ...dataset, chart: { kind: 'pyramid', label: 'leeftijd', left: 'man', right: 'vrouw' } }],
    ['dataset as key figures with a text column', datasetMetaSchema, { ...dataset, chart: { kind: 'keyfigures', text: 'leeftijd' } }],
  ])('%s', (_, schema, input) => {
    expect(messages(schema as z.ZodType, input)).toEqual([]);
  });

  test('a full date from YAML is stored as ISO text', () => {
    expect(editionSchema.parse(edition).date).toBe('2025-10-01');
  });

  test('labels default to pijler/pijlers', () => {
    expect(editionSchema.parse(edition).labels.pillar).toEqual({ singular: 'pijler', plural: 'pijlers' });
  });
});

/** Each message says what is wrong and how to fix it; the snapshot pins the wording. */
describe('bad content gets a message with the fix', () => {
  test.each([
    ['missing field', editionSchema, { ...edition, about: undefined }],
    ['empty field', editionSchema, { ...edition, title: '  ' }],
    ['wrong type', pillarSchema, { ...pillar, order: 'een' }],
    ['order below 1', pillarSchema, { ...pillar, order: 0 }],
    ['unknown field (typo)', pillarSchema, { ...pillar, titel: 'Samen' }],
    ['unknown kind', editionSchema, { ...edition, kind: 'besluit' }],
    ['unreadable date', editionSchema, { ...edition, date: '1 oktober 2025' }],
    ['a month that does not exist', editionSchema, { ...edition, date: '2025-13-45' }],
    ['a day that does not exist', pillarSchema, { ...pillar, updated: '2023-02-30' }],
    ['a day that does not exist in a source date', editionSchema, { ...edition, source: { ...edition.source, date: '2023-04-31' } }],
    ['colour not hex', editionSchema, { ...edition, colour: 'blauw' }],
    ['colour too light for white text', editionSchema, { ...edition, colour: '#66ccff' }],
    ['commitments not a list', pillarSchema, { ...pillar, commitments: 'Wij luisteren.' }],
    ['search words not a list', pillarSchema, { ...pillar, searchWords: 'gezondheid' }],
    ['search words of a law not a list', lawSchema, { ...law, searchWords: 'gezondheid' }],
    ['aliases not a list', glossarySchema, { terms: [{ term: 'Wmo', definition: 'Een wet.', aliases: 'wmo' }] }],
    ['annex without included', annexSchema, { title: 'Bronnen', summary: 'De bronnen.', number: 14 }],
    ['law with a malformed BWB id', lawSchema, { ...law, identifier: { bwb: '34925' } }],
    ['law with an unknown domain', lawSchema, { ...law, domains: ['sport'] }],
    ['law without a checked date', lawSchema, { ...law, checked: undefined }],
    ['law with an unreadable inForce', lawSchema, { ...law, inForce: '1 januari 2015' }],
    ['edition naming an unknown law', editionLawsSchema(['jeugdwet', 'wmo-2015']), { laws: [{ law: 'wmo', reason: 'Zorg.' }] }],
    ['dataset with one column', datasetMetaSchema, { title: 'T', description: 'D', unit: '%', source: 'S', date: '2024', licence: 'L', columns: [{ key: 'a', label: 'A', type: 'text' }] }],
    ['dataset with an unknown figure', datasetMetaSchema, { ...dataset, chart: { kind: 'taart' } }],
    ['dataset figure with a column its kind does not use', datasetMetaSchema, { ...dataset, chart: { kind: 'bars', left: 'man' } }],
    ['dataset column of the old type number', datasetMetaSchema, { title: 'T', description: 'D', unit: '%', source: 'S', date: '2024', licence: 'L', columns: [{ key: 'a', label: 'A', type: 'text' }, { key: 'b', label: 'B', type: 'number' }] }],
    ['dataset text column with a range', datasetMetaSchema, { title: 'T', description: 'D', unit: '%', source: 'S', date: '2024', licence: 'L', columns: [{ key: 'a', label: 'A', type: 'text', max: 5 }, { key: 'b', label: 'B', type: 'decimal' }] }],
    ['dataset column key with a space', datasetMetaSchema, { title: 'T', description: 'D', unit: '%', source: 'S', date: '2024', licence: 'L', columns: [{ key: 'aantal man', label: 'A', type: 'integer' }, { key: 'b', label: 'B', type: 'integer' }] }],
  ])('%s', (_, schema, input) => {
    expect(messages(schema as z.ZodType, input)).toMatchSnapshot();
  });
});

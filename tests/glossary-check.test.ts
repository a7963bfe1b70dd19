import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { glossaryProblems, mergeGlossaries, type Glossary } from '../src/lib/content/glossary-check';
import type { Term } from '../src/schemas/glossary';

const term = (name: string, extra: Partial<Term> = {}): Term => ({ term: name, definition: `Over ${name}.`, ...extra });
const common: Glossary = { file: 'content/begrippen.yaml', terms: [term('Mantelzorger', { aliases: ['mantelzorgers'] }), term('Wmo', { aliases: ['WMO'] })] };
const own = (...terms: Term[]): Glossary => ({ file: 'content/gemeenten/soest/begrippen.yaml', terms });

describe('one definition per word', () => {
  test.each<[string, Glossary, Glossary | undefined, string[]]>([
    ['separate words', common, own(term('Sociale basis')), []],
    ['a term and its own alias in other case', { file: 'b.yaml', terms: [term('Positieve Gezondheid', { aliases: ['positieve gezondheid'] })] }, undefined, []],
    ['abbreviations that match only as written', { file: 'b.yaml', terms: [term('Wmo'), term('WMO-loket')] }, undefined, []],
    ['an edition that replaces a shared term on purpose', common, own(term('mantelzorger', { override: true })), []],
    ['an override by an alias of the shared term', common, own(term('Mantelzorg', { aliases: ['mantelzorgers'], override: true })), []],
    ['a term twice in one file', { file: 'b.yaml', terms: [term('Preventie'), term('preventie')] }, undefined, ['b.yaml: "preventie" is defined twice, by "Preventie" and by "preventie".']],
    ['an alias that is another term', { file: 'b.yaml', terms: [term('Zorg'), term('Jeugdzorg', { aliases: ['zorg'] })] }, undefined, ['b.yaml: "zorg" is defined twice, by "Zorg" and by "Jeugdzorg".']],
    ['a term twice in an edition', common, own(term('Basis'), term('basis')), ['content/gemeenten/soest/begrippen.yaml: "basis" is defined twice, by "Basis" and by "basis".']],
    ['an edition term that silently replaced a shared one', common, own(term('mantelzorger')), ['content/gemeenten/soest/begrippen.yaml: "mantelzorger" is also defined in content/begrippen.yaml (as "Mantelzorger").']],
    ['an edition alias that is a shared abbreviation', common, own(term('Wet maatschappelijke ondersteuning', { aliases: ['Wmo'] })), ['content/gemeenten/soest/begrippen.yaml: "Wmo" is also defined in content/begrippen.yaml (as "Wmo").']],
    ['an override with nothing to replace', common, own(term('Sociale basis', { override: true })), ['content/gemeenten/soest/begrippen.yaml: "Sociale basis" has override: true, but content/begrippen.yaml does not define it.']],
  ])('%s', (_, shared, edition, messages) => {
    expect(glossaryProblems(shared, edition).map((p) => p.message)).toEqual(messages);
  });

  test('an override replaces the shared term, other shared terms stay', () => {
    const merged = mergeGlossaries(common, own(term('Mantelzorg', { aliases: ['mantelzorgers'], override: true })));
    expect(merged.map((t) => t.term)).toEqual(['Wmo', 'Mantelzorg']);
  });
});

describe('the glossaries of content/', () => {
  const read = (file: string): Glossary => ({ file, terms: (load(readFileSync(file, 'utf8')) as { terms: Term[] }).terms });
  test.each(readdirSync('content/gemeenten'))('%s defines each word once, or overrides on purpose', (edition) => {
    const own = `content/gemeenten/${edition}/begrippen.yaml`;
    expect(glossaryProblems(read('content/begrippen.yaml'), existsSync(own) ? read(own) : undefined)).toEqual([]);
  });
});

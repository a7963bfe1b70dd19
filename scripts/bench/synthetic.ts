/** Synthetic editions with the real content model, to measure how builds scale. */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const WORDS = 'inwoners gemeente samen hulp zorg jeugd werk inkomen wijk buurt steun gezond meedoen kansen school ouders ouderen vrijwilligers mantelzorg preventie toegang samenwerking partners welzijn veilig wonen geld schulden taal sport cultuur ontmoeting'.split(' ');

/** The real register's themes, which synthetic building blocks and layers are tagged with. */
const THEMES = Object.keys(load(readFileSync('content/themas.yaml', 'utf8')) as Record<string, unknown>);

/** Deterministic filler text: the same input always gives the same site. */
function text(seed: number, words: number): string {
  let x = seed * 9301 + 49297;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 9301 + 49297) % 233280;
    out.push(WORDS[x % WORDS.length]!);
    if (i % 12 === 11) out.push('.\n');
  }
  return out.join(' ').replace(/ \.\n /g, '.\n');
}

function page(front: Record<string, unknown>, seed: number): string {
  const yaml = Object.entries(front).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
  const body = [1, 2, 3, 4].map((h) => `## Onderdeel ${h}\n\n${text(seed + h, 120)}`).join('\n\n');
  return `---\n${yaml}\n---\n${body}\n\nZie ook <LawRef id="jeugdwet" />.\n`;
}

/** Writes `editions` editions (about 32 pages each) plus the real law register into `dir`. */
export function writeSynthetic(dir: string, editions: number): void {
  cpSync('content/wetten', join(dir, 'wetten'), { recursive: true });
  cpSync('content/begrippen.yaml', join(dir, 'begrippen.yaml'));
  cpSync('content/themas.yaml', join(dir, 'themas.yaml'));
  for (let e = 1; e <= editions; e++) {
    const root = join(dir, 'gemeenten', `gemeente-${e}`);
    for (const folder of ['pijlers', 'piramide', 'hoofdstukken', 'bijlagen', 'cijfers']) mkdirSync(join(root, folder), { recursive: true });
    writeFileSync(join(root, 'gemeente.yaml'), [
      `name: Gemeente ${e}`, 'title: Visie sociaal domein', 'kind: adopted', 'date: 2025-10-01',
      'source: { title: Visie sociaal domein, publisher: Gemeente, where: bij de gemeente }',
      'about: Een gemaakte editie voor de benchmark.', 'mission: Iedereen doet mee.', 'colour: "#1f4e79"',
    ].join('\n'));
    writeFileSync(join(root, 'wetten.yaml'), 'laws:\n  - { law: jeugdwet, reason: Hulp aan jeugd. }\n');
    for (let i = 1; i <= 4; i++) writeFileSync(join(root, 'pijlers', `pijler-${i}.mdx`), page({ title: `Pijler ${i}`, summary: text(e + i, 15), order: i, commitments: [text(i, 10), text(i + 1, 10)], themes: [THEMES[(e + i) % THEMES.length]] }, e * 100 + i));
    for (let i = 1; i <= 5; i++) writeFileSync(join(root, 'piramide', `laag-${i}.mdx`), page({ title: `Laag ${i}`, summary: text(e + i, 15), order: i, task: { number: `4.${i}`, title: `Opgave ${i}` }, themes: [THEMES[(e + i + 7) % THEMES.length]] }, e * 200 + i));
    for (let i = 1; i <= 4; i++) writeFileSync(join(root, 'hoofdstukken', `hoofdstuk-${i}.mdx`), page({ title: `Hoofdstuk ${i}`, summary: text(e + i, 15), order: i }, e * 300 + i));
    for (let i = 1; i <= 10; i++) writeFileSync(join(root, 'bijlagen', `bijlage-${i}.mdx`), page({ title: `Bijlage ${i}`, summary: text(e + i, 15), number: i, included: i <= 4 }, e * 400 + i));
    writeFileSync(join(root, 'cijfers', 'bevolking.yaml'), [
      'title: Inwoners naar leeftijd', 'description: Gemaakte cijfers.', 'unit: inwoners', 'source: Benchmark', 'date: 2025', 'licence: Geen.',
      'columns:', '  - { key: leeftijd, label: Leeftijd, type: text }', '  - { key: aantal, label: Aantal, type: integer }',
    ].join('\n'));
    writeFileSync(join(root, 'cijfers', 'bevolking.csv'), `leeftijd,aantal\n${[0, 10, 20, 30, 40, 50, 60, 70, 80].map((a, i) => `${a}-${a + 9},${1000 + i * 37 + e}`).join('\n')}\n`);
  }
}

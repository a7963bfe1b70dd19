import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build, copyFixture } from './helpers/build';

const edition = 'gemeenten/voorbeeld';

/** Rewrites one file of the fixture. */
function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** Each case breaks the fixture in one way a policy author might; the build must stop and say where and how to fix it. */
const cases: [string, (dir: string) => void, string[]][] = [
    ['a missing field', (d) => edit(d, `${edition}/gemeente.yaml`, (t) => t.replace(/^about:.*\n/m, '')), ['gemeente.yaml', 'about: is missing. Write two or three plain sentences on what the vision is about']],
  ['a wrong type', (d) => edit(d, `${edition}/pijlers/pijler-1.mdx`, (t) => t.replace('order: 1', 'order: een')), ['pijler-1.mdx', 'order: must be a number']],
  ['a misspelt field', (d) => edit(d, `${edition}/pijlers/pijler-1.mdx`, (t) => t.replace('title:', 'titel:')), ['pijler-1.mdx', 'unknown field "titel"']],
  ['an unknown law in wetten.yaml', (d) => edit(d, `${edition}/wetten.yaml`, (t) => t.replace('law: jeugdwet', 'law: jeugdwett')), ['wetten.yaml', '"jeugdwett" is not in the law register']],
  ['an unknown law in MDX', (d) => edit(d, `${edition}/pijlers/pijler-2.mdx`, (t) => t.replace('id="jeugdwet"', 'id="wmo"')), ['<LawRef id="wmo" />', 'content/wetten/']],
  ['an unknown dataset', (d) => edit(d, `${edition}/bijlagen/bijlage-1.mdx`, (t) => t.replace('voorbeeld/bevolking', 'voorbeeld/inwoners')), ['there is no dataset "voorbeeld/inwoners"']],
  ['a duplicate order', (d) => edit(d, `${edition}/pijlers/pijler-2.mdx`, (t) => t.replace('order: 2', 'order: 1')), ['pijler-2.mdx', 'both have order: 1', 'Give each file its own order']],
  ['a gap in the pyramid', (d) => edit(d, `${edition}/piramide/laag-2.mdx`, (t) => t.replace('order: 2', 'order: 4')), ['laag-2.mdx', '2 is missing', 'without gaps']],
  ['a malformed CSV row', (d) => appendFileSync(join(d, `${edition}/cijfers/bevolking.csv`), '10-19,veel,3\n'), ['bevolking.csv, row 4, column "man"', 'is not a number']],
  [
    'an act amending a law that did not exist yet',
    (d) => writeFileSync(join(d, 'wetten/wijzigingswet.yaml'), 'name: Wijzigingswet\nidentifier: { staatsblad: "2010-1" }\ninForce: 2010-08-01\nchecked: 2026-12-01\ndomains: [jeugd]\nmunicipalityRole: Deze wet veranderde de Jeugdwet.\namends: [jeugdwet]\n'),
    ['content/wetten/wijzigingswet.yaml: amends "jeugdwet"', 'which took effect on 2015-01-01 (its inForce)', 'alsoAmends'],
  ],
  ['a law without a checked date', (d) => edit(d, 'wetten/jeugdwet.yaml', (t) => t.replace(/^checked:.*\n/m, '')), ['jeugdwet', 'checked: is missing. Write the date you last checked']],
  ['an unknown theme', (d) => edit(d, `${edition}/pijlers/pijler-1.mdx`, (t) => t.replace('\nthemes: [jeugd]', '\nthemes: [jeugt]')), ['pijler-1.mdx: themes: "jeugt" is not a theme. The themes are: jeugd, ouderen.']],
  ['a layer without a theme', (d) => edit(d, `${edition}/piramide/laag-2.mdx`, (t) => t.replace(/^themes:.*\n/m, '')), ['laag-2.mdx: themes is missing', 'content/themas.yaml: jeugd, ouderen']],
  ['a goal without a theme', (d) => edit(d, `${edition}/pijlers/pijler-1.mdx`, (t) => t.replace(', themes: [jeugd] }', ' }')), ['pijler-1.mdx: goals.0.themes is missing']],
  ['an unknown law of a theme', (d) => edit(d, 'themas.yaml', (t) => t.replace('laws: [jeugdwet]', 'laws: [jeugdwett]')), ['themas.yaml', '"jeugdwett" is not in the law register']],
  ['a theme summary linking to a missing heading', (d) => edit(d, `${edition}/themas.yaml`, (t) => t.replace('#eerste-kop', '#tweede-kop')), ['names the heading "tweede-kop"', 'has no such heading', 'Use one of its heading ids: eerste-kop']],
  ['a quotation (the retired <Quote>)', (d) => edit(d, `${edition}/pijlers/pijler-1.mdx`, (t) => `${t}\n<Quote by="x">y</Quote>\n`), ['/voorbeeld/pijlers/pijler-1/', '<Quote> is no longer available', 'indirect speech', '<Callout title="Samenvatting">']],
  ['a house colour too light for text', (d) => edit(d, `${edition}/gemeente.yaml`, (t) => t.replace('#00657e', '#66ccff')), ['gemeente.yaml', 'contrast of 1.64:1', 'darker shade']],
];

describe('bad content stops the build with file, field and fix', () => {
  test.each(cases)('%s', (_, breakIt, expected) => {
    const dir = copyFixture();
    breakIt(dir);
    const { ok, output } = build(dir);
    expect(ok).toBe(false);
    for (const text of expected) expect(output).toContain(text);
  });
});

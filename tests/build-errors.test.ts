import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build, copyFixture, FIXTURE } from './helpers/build';

const edition = 'gemeenten/voorbeeld';
/** The line of the first line appended after a blank line to the fixture's pijler-1.mdx. */
const appended = readFileSync(join(FIXTURE, edition, 'pijlers/pijler-1.mdx'), 'utf8').split('\n').length + 1;

/** Rewrites one file of the fixture. */
function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** Each case breaks the fixture in one way a policy author might; the build must stop and say where and how to fix it. */
const cases: [string, (dir: string) => void, string[]][] = [
  ['a missing field', (d) => edit(d, `${edition}/gemeente.yaml`, (t) => t.replace(/^about:.*\n/m, '')), ['gemeente.yaml', 'about: is missing. Write two or three plain sentences on what the vision is about']],
  ['a wrong type', (d) => edit(d, `${edition}/pijlers/pijler-1.mdx`, (t) => t.replace('order: 1', 'order: een')), ['pijler-1.mdx', 'order: must be a number']],
  ['search words that are not a list', (d) => edit(d, `${edition}/pijlers/pijler-1.mdx`, (t) => t.replace('order: 1', 'order: 1\nsearchWords: gezondheid')), ['pijler-1.mdx', 'searchWords: must be a list. Write searchWords: [schulden, geldzorgen]']],
  ['a day that is not on the calendar', (d) => edit(d, `${edition}/pijlers/pijler-1.mdx`, (t) => t.replace('order: 1', 'order: 1\nupdated: 2023-02-30')), ['pijler-1.mdx', 'updated: 2023-02-30 is not on the calendar: month 2 of 2023 has 28 days']],
  ['a month that is not on the calendar', (d) => edit(d, `${edition}/gemeente.yaml`, (t) => t.replace(/^date: .*$/m, 'date: 2025-13-45')), ['gemeente.yaml', 'date: 2025-13-45 is not on the calendar: there is no month 13']],
  ['a misspelt field', (d) => edit(d, `${edition}/pijlers/pijler-1.mdx`, (t) => t.replace('title:', 'titel:')), ['pijler-1.mdx', 'unknown field "titel"']],
  ['an unknown law in wetten.yaml', (d) => edit(d, `${edition}/wetten.yaml`, (t) => t.replace('law: jeugdwet', 'law: jeugdwett')), ['wetten.yaml', '"jeugdwett" is not in the law register']],
  ['an unknown law in MDX', (d) => edit(d, `${edition}/pijlers/pijler-2.mdx`, (t) => t.replace('id="jeugdwet"', 'id="wmo"')), ['pijler-2.mdx:', '<LawRef id="wmo" />: "wmo" is not in the law register']],
  [
    'a link to a law the edition does not name',
    (d) => {
      writeFileSync(join(d, 'wetten/wmo-2015.yaml'), readFileSync(join(d, 'wetten/jeugdwet.yaml'), 'utf8').replace('name: Jeugdwet', 'name: Wmo 2015'));
      edit(d, `${edition}/pijlers/pijler-2.mdx`, (t) => t.replace('id="jeugdwet"', 'id="wmo-2015"'));
    },
    ['pijler-2.mdx:', '<LawRef id="wmo-2015" /> links to a law this edition does not name', 'gemeenten/voorbeeld/wetten.yaml', 'EDITION=voorbeeld'],
  ],
  ['code in MDX', (d) => appendFileSync(join(d, `${edition}/pijlers/pijler-1.mdx`), `\nimport { writeFileSync } from 'node:fs';\nexport const x = writeFileSync('${join(d, 'ran')}', 'x');\n\nUw map: {process.env.HOME}.\n`), [`pijler-1.mdx:${appended}: content may not import or export code`, `pijler-1.mdx:${appended + 3}: {process.env.HOME} is JavaScript`]],
  ['a brace MDX cannot read', (d) => appendFileSync(join(d, `${edition}/pijlers/pijler-1.mdx`), '\nTekst met { een accolade.\n'), [`pijler-1.mdx:${appended}: Unexpected end of file in expression`, 'write \\{']],
  ['an unknown dataset', (d) => edit(d, `${edition}/bijlagen/bijlage-1.mdx`, (t) => t.replace('voorbeeld/bevolking', 'voorbeeld/inwoners')), ['there is no dataset "voorbeeld/inwoners"']],
  ['a duplicate order', (d) => edit(d, `${edition}/pijlers/pijler-2.mdx`, (t) => t.replace('order: 2', 'order: 1')), ['pijler-2.mdx', 'both have order: 1', 'Give each file its own order']],
  ['a gap in the pyramid', (d) => edit(d, `${edition}/piramide/laag-2.mdx`, (t) => t.replace('order: 2', 'order: 4')), ['laag-2.mdx', '2 is missing', 'without gaps']],
  ['a malformed CSV row', (d) => appendFileSync(join(d, `${edition}/cijfers/bevolking.csv`), '10-19,veel,3\n'), ['bevolking.csv, row 4, column "man"', 'is not a whole number']],
  ['a count with a Dutch thousands separator', (d) => appendFileSync(join(d, `${edition}/cijfers/bevolking.csv`), '10-19,2.821,3\n'), ['bevolking.csv, row 4, column "man": "2.821" is not a whole number', 'Write 2821']],
  ['a page in a misspelt folder', (d) => { mkdirSync(join(d, `${edition}/pijler`)); renameSync(join(d, `${edition}/pijlers/pijler-2.mdx`), join(d, `${edition}/pijler/pijler-2.mdx`)); }, ['gemeenten/voorbeeld/pijler/pijler-2.mdx: is in folder "pijler/"', 'Move it to pijlers/']],
  ['an edition folder the site needs', (d) => renameSync(join(d, edition), join(d, 'gemeenten/zoeken')), ['the folder name "zoeken" is taken']],
  ['a gemeente.yaml that is not UTF-8', (d) => appendFileSync(join(d, `${edition}/gemeente.yaml`), Buffer.from('editorial: [De offici\xeble tekst.]\n', 'latin1')), ['gemeente.yaml: is not saved as UTF-8']],
  ['a redirect loop', (d) => appendFileSync(join(d, 'redirects.yaml'), '/voorbeeld/a/: /voorbeeld/b/\n/voorbeeld/b/: /voorbeeld/a/\n'), ['redirects.yaml', '/voorbeeld/a/ -> /voorbeeld/b/ -> /voorbeeld/a/ is a loop']],
  ['a redirect over a live page', (d) => appendFileSync(join(d, 'redirects.yaml'), '/voorbeeld/pijlers/pijler-1/: /voorbeeld/pijlers/pijler-2/\n'), ['redirects.yaml', '/voorbeeld/pijlers/pijler-1/ is a page the site publishes']],
  ['a word the edition defines again', (d) => writeFileSync(join(d, `${edition}/begrippen.yaml`), 'terms:\n  - term: Wmo\n    definition: Een wet.\n'), ['gemeenten/voorbeeld/begrippen.yaml: "Wmo" is also defined in', 'add "override: true"']],
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
  ['a quotation (the retired <Quote>)', (d) => edit(d, `${edition}/pijlers/pijler-1.mdx`, (t) => `${t}\n<Quote by="x">y</Quote>\n`), ['pijler-1.mdx:', '<Quote> is no longer available', 'indirect speech', '<Callout title="Samenvatting">']],
  ['a house colour too light for text', (d) => edit(d, `${edition}/gemeente.yaml`, (t) => t.replace('#00657e', '#66ccff')), ['gemeente.yaml', 'contrast of 1.64:1', 'darker shade']],
];

describe('bad content stops the build with file, field and fix', () => {
  test.each(cases)('%s', (_, breakIt, expected) => {
    const dir = copyFixture();
    breakIt(dir);
    const { ok, output } = build(dir);
    expect(ok).toBe(false);
    for (const text of expected) expect(output).toContain(text);
    // Content never runs: the code in 'code in MDX' would have written this file.
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });
});

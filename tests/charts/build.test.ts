import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build, copyFixture, FIXTURE } from '../helpers/build';
import { readPage } from '../../src/gates/dist';

const PAGE = '/voorbeeld/bijlagen/bijlage-3/';
const CIJFERS = join(FIXTURE, 'gemeenten/voorbeeld/cijfers');

/** The fixture's annex 3 holds a pyramid, a line, key figures and bars. */
describe('charts in the built fixture site', () => {
  const { ok, output, out } = build(FIXTURE);
  const html = ok ? readPage(out, PAGE) : '';
  const figures = html.split('<figure class="chart').slice(1).map((f) => f.slice(0, f.lastIndexOf('</figure>')));
  const charts = figures.filter((f) => f.includes('<svg'));

  test('builds', () => expect(ok, output).toBe(true));

  test('every chart and key figure is a figure with a headline', () => {
    expect(figures).toHaveLength(4);
    expect(charts).toHaveLength(3);
    const headlines = figures.map((f) => f.match(/<figcaption[^>]*>([^<]+)<\/figcaption>/)?.[1]);
    expect(headlines).toEqual([
      'Er wonen iets meer jonge mannen dan jonge vrouwen',
      'Het deel 65-plussers groeit tot bijna een kwart',
      'Kerncijfers',
      // No title given: the dataset's title.
      'Uitkomsten van de vragenlijst',
    ]);
  });

  test.each([0, 1, 2])('chart %i is an image named by its title and desc', (i) => {
    const chart = charts[i]!;
    const [, title, desc] = chart.match(/<svg [^>]*role="img"[^>]*aria-labelledby="([^" ]+) ([^"]+)"/) ?? [];
    expect(title).toBeDefined();
    expect(chart).toMatch(new RegExp(`<title id="${title}">[^<]+</title>`));
    expect(chart).toMatch(new RegExp(`<desc id="${desc}">[^<]{40,}</desc>`));
    expect(html.split(`id="${title}"`)).toHaveLength(2);
  });

  test.each([0, 1, 2])('chart %i offers its figures as a table, without JavaScript', (i) => {
    expect(charts[i]).toMatch(/<details[^>]*><summary[^>]*>Bekijk de cijfers als tabel<\/summary>.*<table class="data-table"><caption>[^<]+/s);
    expect(charts[i]).toContain('<th scope="col"');
  });

  test('the pyramid table has a total row', () => {
    expect(charts[0]).toMatch(/<tfoot><tr><th scope="row">Totaal<\/th><td class="num">3\.175<\/td><td class="num">2\.943<\/td>/);
  });

  test.each([0, 1, 2, 3])('figure %i names its source, peildatum and licence', (i) => {
    expect(figures[i]).toMatch(/<p[^>]*>Bron: [^<]+\. Peildatum: [^<]+\. Geen licentie vermeld\.<\/p>/);
  });

  test.each([
    [0, 'bevolking'],
    [1, 'ouderen'],
    [2, 'ouderen'],
    [3, 'stellingen'],
  ])('figure %i links to the CSV of its dataset, which the build wrote', (i, name) => {
    const href = figures[i]!.match(/<a href="([^"]+\.csv)" download/)?.[1];
    expect(href).toBe(`/data/voorbeeld-${name}.csv`);
    const file = join(out, href!);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(CIJFERS, `${name}.csv`), 'utf8'));
  });

  test('every dataset gets a CSV, and one for Excel, also those no chart uses', () => {
    const datasets = readdirSync(CIJFERS).filter((f) => f.endsWith('.csv'));
    expect(readdirSync(join(out, 'data')).sort()).toEqual(datasets.flatMap((f) => [`voorbeeld-${f}`, `voorbeeld-${f.replace(/\.csv$/, '.excel.csv')}`]).sort());
  });

  test('charts ship no JavaScript and no inline styles (the Content-Security-Policy allows neither)', () => {
    for (const figure of figures) expect(figure).not.toMatch(/<script|<style|\s(on[a-z]+|style)=/i);
    const scripts = (page: string) => readPage(out, page).match(/<script/g)?.length ?? 0;
    expect(scripts(PAGE)).toBe(scripts('/voorbeeld/bijlagen/bijlage-1/'));
  });

  test('the chart styles are in the stylesheet the page carries inline', () => {
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles.join('\n')).toContain('.chart-svg');
  });
});

/** Each case adds a chart an author might get wrong; the build must stop and say what to change. */
const mistakes: [string, string, string[]][] = [
  ['an unknown kind', '<Chart id="voorbeeld/bevolking" kind="taart" />', ['no chart kind "taart"', 'kind="pyramid"', 'kind="bars"', 'kind="line"']],
  ['an unknown dataset', '<Chart id="voorbeeld/inwoners" kind="bars" />', ['there is no dataset "voorbeeld/inwoners"']],
  ['an unknown column', '<Chart id="voorbeeld/bevolking" kind="bars" value="totaal" />', ['has no column "totaal"', 'value="totaal"', 'leeftijd, man, vrouw']],
  ['a prop of another kind', '<Chart id="voorbeeld/bevolking" kind="bars" left="man" />', ['does not use left', 'label, value']],
];

describe('a chart an author gets wrong stops the build', () => {
  test.each(mistakes)('%s', (_, tag, expected) => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'gemeenten/voorbeeld/bijlagen/bijlage-3.mdx'), `---\ntitle: Fout\nsummary: Fout.\nnumber: 3\nincluded: true\n---\n${tag}\n`);
    const { ok, output } = build(dir);
    expect(ok).toBe(false);
    for (const text of expected) expect(output).toContain(text);
  });
});

/**
 * The figures page of each edition (/<gemeente>/cijfers/): every dataset as a complete figure,
 * with its table, source, peildatum and downloads (also for Excel), and where the vision uses it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows, dsvFormat } from 'd3-dsv';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { CHART_KINDS } from '../src/charts/kinds';
import { contentDir } from '../src/lib/build-options';
import { DIST, readPage } from '../src/gates/dist';

interface Meta {
  title: string;
  columns: { key: string; label: string; type: 'text' | 'integer' | 'decimal' }[];
  chart?: { kind: string };
}

const datasets = readdirSync(join(contentDir, 'gemeenten')).flatMap((edition) => {
  const dir = join(contentDir, 'gemeenten', edition, 'cijfers');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ edition, name: f.slice(0, -5), meta: load(readFileSync(join(dir, f), 'utf8')) as Meta }));
});

/** The section of the figures page that shows one dataset. */
const sectionOf = (edition: string, name: string) => {
  const html = readPage(DIST, `/${edition}/cijfers/`);
  const start = html.indexOf(`<h2 id="${name}"`);
  expect(start, `no section for ${name} on /${edition}/cijfers/`).toBeGreaterThan(-1);
  // Each dataset's section starts with its h2: the next one ends it.
  const next = html.indexOf('<h2 id=', start + 1);
  return html.slice(start, next === -1 ? undefined : next);
};

describe('every dataset is a complete figure on its edition’s figures page', () => {
  test('the content has datasets of each kind of figure', () => {
    const kinds = new Set(datasets.map((d) => d.meta.chart?.kind ?? 'keyfigures'));
    expect([...kinds].sort()).toEqual([...Object.keys(CHART_KINDS), 'keyfigures'].sort());
  });

  test.each(datasets.map((d) => [`${d.edition}/${d.name}`, d] as const))('%s', (_, { edition, name, meta }) => {
    const section = sectionOf(edition, name);
    const kind = meta.chart?.kind ?? 'keyfigures';
    expect(section).toContain('<figure class="chart');
    if (kind === 'keyfigures') expect(section).toMatch(/<ul class="grid list-none[^"]*">\s*<li/);
    else expect(section).toMatch(/<svg [^>]*role="img"/);
    expect(section).toContain('<table class="data-table">');
    expect(section).toMatch(/Bron: [^<]+\. Peildatum: [^<]+\./);
    expect(section).toContain(`href="/data/${edition}-${name}.csv"`);
    expect(section).toMatch(new RegExp(`<a href="/data/${edition}-${name}\\.excel\\.csv" download="${edition}-${name}\\.excel\\.csv">Download de cijfers als CSV voor Excel`));
  });

  test.each(datasets.map((d) => [`${d.edition}/${d.name}`, d] as const))('%s links to where the vision uses it', (_, { edition, name }) => {
    const links = [...sectionOf(edition, name).matchAll(/<li><a href="([^"]+)">/g)].map((m) => m[1]!).filter((href) => href.startsWith(`/${edition}/`));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const [path, fragment] = href.split('#');
      const page = readPage(DIST, path!);
      const at = fragment ? page.indexOf(`id="${decodeURIComponent(fragment)}"`) : 0;
      expect(at, href).toBeGreaterThan(-1);
      // The page shows the figures after the linked heading: their download is there.
      expect(page.indexOf(`href="/data/${edition}-${name}.csv"`, at), href).toBeGreaterThan(at);
    }
  });
});

describe('each CSV is also offered in the form Dutch Excel opens', () => {
  test.each(datasets.map((d) => [`${d.edition}-${d.name}`, d] as const))('/data/%s.excel.csv', (file, { meta }) => {
    const excel = readFileSync(join(DIST, 'data', `${file}.excel.csv`), 'utf8');
    const plain = csvParseRows(readFileSync(join(DIST, 'data', `${file}.csv`), 'utf8'));
    expect(excel.charCodeAt(0), 'a byte order mark').toBe(0xfeff);
    expect(excel.slice(1).split('\r\n').at(-1)).toBe('');
    const [header, ...rows] = dsvFormat(';').parseRows(excel.slice(1).trimEnd());
    expect(header).toEqual(meta.columns.map((c) => c.label));
    expect(rows).toHaveLength(plain.length - 1);
    rows.forEach((row, i) =>
      meta.columns.forEach((c, j) => {
        const source = plain[i + 1]![j]!;
        expect(row[j]).toBe(c.type === 'text' ? source : source.replace('.', ','));
      }),
    );
  });
});

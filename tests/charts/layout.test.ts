import { describe, expect, test } from 'vitest';
import { barsExamples } from '../../src/charts/bars/examples';
import { barsLayout, VALUE_GAP } from '../../src/charts/bars/layout';
import { ChartError, type ChartData } from '../../src/charts/data';
import { keyFigures } from '../../src/charts/key-figures/tiles';
import { lineExamples } from '../../src/charts/line/examples';
import { lineLayout, thin } from '../../src/charts/line/layout';
import { pyramidExamples } from '../../src/charts/pyramid/examples';
import { pyramidLayout } from '../../src/charts/pyramid/layout';
import { FONT, WIDTH, textWidth, wrap, type Scene } from '../../src/charts/scene';

const text = (scene: Scene) => scene.marks.flatMap((m) => (m.type === 'text' ? m.lines : []));

describe('bars', () => {
  const survey = barsLayout(barsExamples['zuidplas-vragenlijst']!.data);
  const counts = barsLayout(barsExamples['zuidplas-zorg-aantallen']!.data);

  test('bar lengths are proportional to the values', () => {
    for (const { bars } of [survey, counts]) {
      const perUnit = bars[0]!.length / bars[0]!.value!;
      for (const bar of bars) expect(bar.length).toBeCloseTo(bar.value! * perUnit, 6);
    }
  });

  test('shares run from 0 to 100%, so a largest share of 50% fills half the room', () => {
    const data: ChartData = { id: 'x/aandelen', title: 'Aandelen', unit: '%', columns: [{ key: 'wie', label: 'Wie', type: 'text' }, { key: 'pct', label: 'Percentage', type: 'decimal' }], rows: [{ wie: 'a', pct: 50 }, { wie: 'b', pct: 25 }] };
    const room = WIDTH - textWidth('50%', FONT, true) - VALUE_GAP;
    expect(barsLayout(data).bars.map((b) => b.length)).toEqual([room / 2, room / 4]);
  });

  test('counts run up to the largest value, which fills the room', () => {
    const room = WIDTH - textWidth('11.365', FONT, true) - VALUE_GAP;
    expect(counts.bars[2]!.length).toBeCloseTo(room, 6);
  });

  test.each([
    ['zuidplas-vragenlijst', ['91%', '30%', '5%', '79%']],
    ['zuidplas-zorg-aantallen', ['Aantal inwoners', '9.397', '2.277', '11.365', '1.036']],
    ['ijsselstein-buurt', ['40%', 'geen getal in de bron', '88%']],
  ])('%s labels its values in Dutch notation', (name, labels) => {
    expect(text(barsLayout(barsExamples[name]!.data))).toEqual(expect.arrayContaining(labels));
  });

  test('a missing value draws no bar and is named in the description', () => {
    const scene = barsLayout(barsExamples['ijsselstein-buurt']!.data);
    expect(scene.bars[1]).toMatchObject({ value: null, length: 0 });
    expect(scene.marks.filter((m) => m.type === 'rect')).toHaveLength(2);
    expect(scene.desc).toContain('Voor Maakt regelmatig een praatje in de buurt geeft de bron geen getal.');
  });

  test('long labels wrap onto their own lines above the bars', () => {
    const long = survey.marks.find((m) => m.type === 'text' && m.lines[0]!.startsWith('Vinden het belangrijk dat de gemeente bij'));
    expect(long?.type === 'text' && long.lines.length).toBeGreaterThan(1);
  });
});

describe('pyramid', () => {
  const zuidplas = pyramidLayout(pyramidExamples['zuidplas-2025']!.data, pyramidExamples['zuidplas-2025']!.options);

  test('the same value draws the same length on both sides', () => {
    for (const band of pyramidLayout(pyramidExamples.mirror!.data).bands) expect(band.left.length).toBe(band.right.length);
  });

  test('both sides share one scale', () => {
    const perUnit = zuidplas.bands[0]!.left.length / zuidplas.bands[0]!.left.value!;
    for (const { left, right } of zuidplas.bands) {
      if (left.value !== null) expect(left.length).toBeCloseTo(left.value * perUnit, 6);
      expect(right.length).toBeCloseTo(right.value! * perUnit, 6);
    }
  });

  test('the first row is drawn at the bottom, the last at the top', () => {
    const ys = zuidplas.bands.map((b) => (zuidplas.marks.find((m) => m.type === 'text' && m.lines[0] === b.label) as { y: number }).y);
    expect(ys).toEqual([...ys].sort((a, b) => b - a));
  });

  test('labels totals and values in Dutch notation; a missing value reads –', () => {
    expect(text(zuidplas)).toEqual(expect.arrayContaining(['Mannen', 'totaal 24.337', 'Vrouwen', 'totaal 24.503', '3.425', '92', '–']));
  });

  test('describes the data in a Dutch sentence', () => {
    expect(zuidplas.desc).toBe(
      'Bevolkingspiramide per leeftijd, van 0-9 jaar onderaan tot 100-109 jaar bovenaan: mannen links, vrouwen rechts, op dezelfde schaal. ' +
        'Totaal mannen: 24.337 inwoners; totaal vrouwen: 24.503 inwoners. De grootste groep is 30-39 jaar (mannen: 3.248 inwoners, vrouwen: 3.425 inwoners). ' +
        'Voor 100-109 jaar geeft de bron bij mannen geen getal.',
    );
    expect(zuidplas.title).toBe(pyramidExamples['zuidplas-2025']!.options!.title);
  });
});

describe('line', () => {
  const slope = lineLayout(lineExamples['ijsselstein-65-plus']!.data);
  const uneven = lineLayout(lineExamples['uneven-years']!.data);

  test('points are ordered by x and spaced by their distance', () => {
    expect(uneven.points.map((p) => p.label)).toEqual(['2025', '2030', '2035', '2050']);
    const [a, b, c, d] = uneven.points.map((p) => p.cx) as [number, number, number, number];
    expect((b - a) / (d - a)).toBeCloseTo(5 / 25);
    expect((c - a) / (d - a)).toBeCloseTo(10 / 25);
  });

  test('the y axis starts at zero and values scale from it', () => {
    const baseline = slope.marks.find((m) => m.type === 'line' && m.cls === 'axis') as { y1: number };
    const [p, q] = [slope.points[0]!, slope.points[1]!];
    expect((baseline.y1 - p.cy) / (baseline.y1 - q.cy)).toBeCloseTo(21 / 24.5);
    expect(text(slope)).toEqual(expect.arrayContaining(['0%', '21%', '24,5%', '2025', '2050']));
  });

  test('a missing value leaves a gap in the line', () => {
    const path = uneven.marks.find((m) => m.type === 'path') as { d: string };
    expect(path.d.match(/M/g)).toHaveLength(2);
    expect(uneven.desc).toContain('Voor 2030 geeft de bron geen getal.');
  });

  test('describes the change in a Dutch sentence', () => {
    expect(slope.desc).toBe('Lijndiagram van deel van de inwoners van 2025 tot 2050: van 21% in 2025 naar 24,5% in 2050, een stijging van 3,5 procentpunt.');
  });

  test('with many years, only labels that fit are printed, always the first and the last', () => {
    const many = lineLayout(lineExamples['many-years']!.data);
    const years = many.marks.filter((m) => m.type === 'text' && /^20\d\d$/.test(m.lines[0]!)).map((m) => m as { x: number; lines: string[] });
    expect(years.length).toBeLessThan(16);
    expect(years[0]!.lines[0]).toBe('2010');
    expect(years.at(-1)!.lines[0]).toBe('2025');
    for (let i = 1; i < years.length; i++) expect(years[i]!.x - years[i - 1]!.x).toBeGreaterThan(textWidth('2025'));
  });

  test.each([
    [[0, 10, 20], [true, true, true]],
    [[0, 5, 10, 15, 20], [true, false, true, false, true]],
    [[0, 5, 10, 15], [true, false, false, true]],
    [[0, 1, 2], [true, false, true]],
  ])('thin keeps labels at %j at least 8 apart: %j', (ats, kept) => {
    expect(thin(ats.map((at) => ({ at, width: 2 })))).toEqual(kept);
  });
});

describe('key figures', () => {
  const data: ChartData = {
    id: 'ijsselstein/x',
    title: 'T',
    unit: '%',
    columns: [
      { key: 'onderwerp', label: 'Onderwerp', type: 'text' },
      { key: 'percentage', label: 'Percentage', type: 'decimal' },
      { key: 'in-de-visie', label: 'Zo staat het in de visie', type: 'text' },
    ],
    rows: [
      { onderwerp: 'Mantelzorger', percentage: 17.5, 'in-de-visie': '' },
      { onderwerp: 'Redt zich goed', percentage: null, 'in-de-visie': 'bijna 90 procent' },
    ],
  };

  test.each([
    ['%', {}, [{ figure: '17,5%', label: 'Mantelzorger', inWords: false }, { figure: 'geen getal in de bron', label: 'Redt zich goed', inWords: true }]],
    ['%', { text: 'in-de-visie' }, [{ figure: '17,5%', label: 'Mantelzorger', inWords: false }, { figure: 'bijna 90 procent', label: 'Redt zich goed', inWords: true }]],
    ['inwoners', {}, [{ figure: '17,5', unit: 'inwoners', label: 'Mantelzorger', inWords: false }, expect.anything()]],
  ])('unit %s with %j', (unit, options, tiles) => {
    expect(keyFigures({ ...data, unit }, options)).toEqual(tiles);
  });
});

const base: ChartData = {
  id: 'zuidplas/test',
  title: 'Test',
  unit: 'inwoners',
  columns: [
    { key: 'leeftijd', label: 'Leeftijd', type: 'text' },
    { key: 'man', label: 'Mannen', type: 'integer' },
    { key: 'vrouw', label: 'Vrouwen', type: 'integer' },
  ],
  rows: [{ leeftijd: '0-9', man: 10, vrouw: 12 }],
};
const withRows = (rows: ChartData['rows']): ChartData => ({ ...base, rows });
const layouts = { bars: barsLayout, pyramid: pyramidLayout, line: lineLayout } as const;

describe('data a chart cannot draw stops with the dataset, the column and the fix', () => {
  test.each<[string, keyof typeof layouts, ChartData, object, string[]]>([
    ['no rows', 'bars', withRows([]), {}, ['"zuidplas/test" has no rows', 'Add at least one row', 'cijfers/test.csv']],
    ['a negative value', 'bars', withRows([{ leeftijd: '0-9', man: -1, vrouw: 2 }]), {}, ['column "man", row 2', 'is negative', 'Correct the figure']],
    ['NaN', 'pyramid', withRows([{ leeftijd: '0-9', man: 1, vrouw: Number.NaN }]), {}, ['column "vrouw", row 2', '"NaN" is not a number', 'Write digits']],
    ['text in a number column', 'line', withRows([{ leeftijd: '0-9', man: 'veel', vrouw: 2 }]), {}, ['column "man"', '"veel" is not a number']],
    ['a column that does not exist', 'bars', base, { value: 'aantal' }, ['no column "aantal"', 'value="aantal"', 'leeftijd, man, vrouw']],
    ['a text column for values', 'bars', base, { value: 'leeftijd' }, ['column "leeftijd" holds text', 'value needs numbers', 'man, vrouw']],
    ['no second number column', 'pyramid', { ...base, columns: base.columns.slice(0, 2) }, {}, ['no number column left for right', 'right="…"']],
    ['a column without numbers', 'bars', withRows([{ leeftijd: '0-9', man: null, vrouw: 1 }]), {}, ['column "man" has no numbers at all', '<Table>']],
    ['the same year twice', 'line', withRows([{ leeftijd: '2025', man: 1, vrouw: 1 }, { leeftijd: '2025', man: 2, vrouw: 1 }]), {}, ['"2025" appears twice']],
  ])('%s (%s)', (_, kind, data, options, parts) => {
    const run = () => layouts[kind](data, options);
    expect(run).toThrow(ChartError);
    for (const part of parts) expect(run).toThrow(part);
    expect(run).toThrow('zuidplas/test');
  });
});

describe('text fits a 320 px screen', () => {
  test('the font is at least 12 px when the chart is 288 px wide (320 minus page padding)', () => {
    expect((FONT * 288) / WIDTH).toBeGreaterThanOrEqual(12);
  });

  const scenes: [string, Scene][] = [
    ...Object.entries(barsExamples).map(([n, e]) => [`bars ${n}`, barsLayout(e.data, e.options)] as [string, Scene]),
    ...Object.entries(pyramidExamples).map(([n, e]) => [`pyramid ${n}`, pyramidLayout(e.data, e.options)] as [string, Scene]),
    ...Object.entries(lineExamples).map(([n, e]) => [`line ${n}`, lineLayout(e.data, e.options)] as [string, Scene]),
  ];

  test.each(scenes)('%s keeps every label inside the chart', (_, scene) => {
    for (const m of scene.marks) {
      if (m.type !== 'text') continue;
      for (const line of m.lines) {
        const w = textWidth(line, FONT, m.cls === 'value');
        const from = m.anchor === 'start' ? m.x : m.anchor === 'middle' ? m.x - w / 2 : m.x - w;
        expect(from, line).toBeGreaterThanOrEqual(-0.01);
        expect(from + w, line).toBeLessThanOrEqual(scene.width + 0.01);
      }
    }
  });

  test.each([
    ['Kort', 100, ['Kort']],
    ['een twee drie vier vijf zes', 90, ['een twee', 'drie vier', 'vijf zes']],
    ['Onverdeelbaarlangwoord', 20, ['Onverdeelbaarlangwoord']],
  ])('wrap(%j, %i)', (input, width, lines) => {
    expect(wrap(input, width)).toEqual(lines);
  });
});

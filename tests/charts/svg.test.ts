import { describe, expect, test } from 'vitest';
import { barsExamples } from '../../src/charts/bars/examples';
import { barsLayout } from '../../src/charts/bars/layout';
import { lineExamples } from '../../src/charts/line/examples';
import { lineLayout } from '../../src/charts/line/layout';
import { pyramidExamples } from '../../src/charts/pyramid/examples';
import { pyramidLayout } from '../../src/charts/pyramid/layout';
import { renderSvg } from '../../src/charts/svg';

/** Every named example, drawn; the saved files double as pictures of what each chart looks like. */
const examples = [
  ...Object.entries(pyramidExamples).map(([name, e]) => [`pyramid-${name}`, pyramidLayout(e.data, e.options)] as const),
  ...Object.entries(barsExamples).map(([name, e]) => [`bars-${name}`, barsLayout(e.data, e.options)] as const),
  ...Object.entries(lineExamples).map(([name, e]) => [`line-${name}`, lineLayout(e.data, e.options)] as const),
];

describe('saved SVGs', () => {
  test.each(examples)('%s', async (name, scene) => {
    await expect(renderSvg(scene, `chart-${name}`)).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
  });
});

describe('the SVG is one labelled image', () => {
  test.each(examples)('%s has role img, a title and a desc it points at', (_, scene) => {
    const svg = renderSvg(scene, 'c1');
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="c1-title c1-desc"/);
    expect(svg).toMatch(/viewBox="0 0 360 [\d.]+" width="100%"/);
    expect(svg).toContain(`<title id="c1-title">`);
    expect(svg).toContain(`<desc id="c1-desc">`);
    expect(svg).not.toMatch(/<script|on[a-z]+=/i);
  });

  test('text is escaped', () => {
    const svg = renderSvg({ width: 10, height: 10, title: 'A & B <c>', desc: '"d"', marks: [{ type: 'text', x: 0, y: 0, lines: ['<x>'], anchor: 'start', cls: 'text' }] }, 'c');
    expect(svg).toContain('A &amp; B &lt;c&gt;');
    expect(svg).toContain('&quot;d&quot;');
    expect(svg).toContain('&lt;x&gt;</text>');
  });
});

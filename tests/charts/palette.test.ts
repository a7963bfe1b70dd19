import { describe, expect, test } from 'vitest';
import { chartColourCss, PALETTE } from '../../src/charts/palette';
import { pyramidExamples } from '../../src/charts/pyramid/examples';
import { pyramidLayout } from '../../src/charts/pyramid/layout';
import { contrast } from '../../src/lib/theme/contrast';
import { THEME } from '../../src/lib/theme/theme';

const themes = (['light', 'dark'] as const).map((name) => [name, PALETTE[name]] as const);

describe('chart colours', () => {
  test.each(themes)('%s: every series reaches 3:1 against the page and the soft panels', (name, theme) => {
    for (const colour of theme.series) {
      for (const background of [THEME[name].background, THEME[name].soft]) {
        expect(contrast(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(PALETTE.minContrast);
      }
    }
  });

  test.each(themes)('%s: neighbouring series reach 3:1 against each other', (_, theme) => {
    expect(contrast(theme.series[0], theme.series[1])).toBeGreaterThanOrEqual(PALETTE.minContrast);
  });

  test.each(themes)('%s: text reaches 4.5:1 and lines 3:1 against the page', (_, theme) => {
    expect(contrast(theme.text, theme.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme.muted, theme.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme.line, theme.background)).toBeGreaterThanOrEqual(PALETTE.minContrast);
  });

  test('colour is not the only cue: the pyramid names each side next to its swatch', () => {
    const scene = pyramidLayout(pyramidExamples['zuidplas-2025']!.data);
    const texts = scene.marks.flatMap((m) => (m.type === 'text' ? m.lines : []));
    expect(texts).toEqual(expect.arrayContaining(['Mannen', 'Vrouwen']));
    expect(scene.marks.filter((m) => m.type === 'rect' && m.width === 12 && m.height === 12).map((m) => m.cls)).toEqual(['series-1', 'series-2']);
  });

  describe('the chart stylesheet is written from the palette', () => {
    const css = chartColourCss();
    const block = (start: string) => css.slice(css.indexOf(start), css.indexOf('\n}', css.indexOf(start)));
    test.each([
      ['screen (light)', css.slice(0, css.indexOf('@media')), PALETTE.light],
      ['dark', block('@media (prefers-color-scheme: dark)'), PALETTE.dark],
      ['print', block('@media print'), PALETTE.light],
    ])('%s', (_, rules, theme) => {
      expect(rules).toContain(`.series-1 { fill: ${theme.series[0]}; }`);
      expect(rules).toContain(`.series-2 { fill: ${theme.series[1]}; }`);
      expect(rules).toContain(`stroke: ${theme.series[0]}; }`);
    });

    test('print uses dark text on white paper, whatever the screen theme', () => {
      expect(block('@media print')).toContain(`fill: ${PALETTE.light.text}; }`);
    });
  });
});

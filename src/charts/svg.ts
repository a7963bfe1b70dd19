import { PALETTE } from './palette';
import { round, FONT, LINE_HEIGHT, type Mark, type MarkClass, type Scene } from './scene';
import { escapeXml as escape } from '../lib/format/escape';


const light = PALETTE.light;

/**
 * Light colours as presentation attributes: the SVG reads right on its own (a saved file, a feed
 * reader); chart.css overrides them for dark mode, print and forced colours.
 */
const paint: Record<MarkClass, string> = {
  'series-1': `fill="${light.series[0]}"`,
  'series-2': `fill="${light.series[1]}"`,
  text: `fill="${light.text}"`,
  value: `fill="${light.text}" font-weight="bold"`,
  muted: `fill="${light.muted}"`,
  axis: `stroke="${light.line}" stroke-width="1.5"`,
  grid: `stroke="${light.line}" stroke-width="0.75" stroke-dasharray="2 3"`,
  trend: `fill="none" stroke="${light.series[0]}" stroke-width="3"`,
};

function mark(m: Mark): string {
  const attrs = `class="${m.cls}" ${paint[m.cls]}`;
  switch (m.type) {
    case 'rect':
      return `<rect x="${round(m.x)}" y="${round(m.y)}" width="${round(m.width)}" height="${round(m.height)}" ${attrs}/>`;
    case 'circle':
      return `<circle cx="${round(m.cx)}" cy="${round(m.cy)}" r="${round(m.r)}" ${attrs}/>`;
    case 'line':
      return `<line x1="${round(m.x1)}" y1="${round(m.y1)}" x2="${round(m.x2)}" y2="${round(m.y2)}" ${attrs}/>`;
    case 'path':
      return `<path d="${m.d}" ${attrs}/>`;
    case 'text': {
      const x = round(m.x);
      const body =
        m.lines.length === 1
          ? escape(m.lines[0]!)
          : m.lines.map((line, i) => `<tspan x="${x}"${i ? ` dy="${LINE_HEIGHT}"` : ''}>${escape(line)}</tspan>`).join('');
      return `<text x="${x}" y="${round(m.y)}" text-anchor="${m.anchor}" ${attrs}>${body}</text>`;
    }
  }
}

/**
 * The chart as an SVG string. Screen readers get one image named by the title and described by
 * the desc; the marks inside are not read out, so the data table carries the exact figures.
 */
export function renderSvg(scene: Scene, id: string): string {
  const w = round(scene.width);
  const h = round(scene.height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="100%" class="chart-svg" role="img" aria-labelledby="${id}-title ${id}-desc" font-size="${FONT}" font-family="system-ui, sans-serif">`,
    `<title id="${id}-title">${escape(scene.title)}</title>`,
    `<desc id="${id}-desc">${escape(scene.desc)}</desc>`,
    ...scene.marks.map(mark),
    '</svg>',
  ].join('\n');
}

import { formatNumber } from '../../lib/format/numbers';
import { sentenceValue } from '../data';
import type { Point } from './layout';

/**
 * The screen-reader description of a line chart: a plain Dutch summary of its data, read after
 * its title. Apart from the geometry, so what a chart says can change without moving a mark.
 */
export function describeLine(points: Point[], unit: string, what: string): string {
  const given = points.filter((p): p is Point & { value: number } => p.value !== null);
  const first = given[0]!;
  const last = given.at(-1)!;
  const v = (p: Point & { value: number }) => sentenceValue(p.value, unit);
  if (given.length === 1) return `Lijndiagram van ${what.toLowerCase()} met één waarde: ${v(first)} in ${first.label}.`;
  const decimals = Math.max(...[first.value, last.value].map((n) => String(n).split('.')[1]?.length ?? 0));
  const change = Number((last.value - first.value).toFixed(decimals));
  const amount = unit === '%' ? `${formatNumber(Math.abs(change))} procentpunt` : sentenceValue(Math.abs(change), unit);
  const trend = change > 0 ? `een stijging van ${amount}` : change < 0 ? `een daling van ${amount}` : 'dus gelijk';
  const parts = [`Lijndiagram van ${what.toLowerCase()} van ${first.label} tot ${last.label}: van ${v(first)} in ${first.label} naar ${v(last)} in ${last.label}, ${trend}.`];
  if (given.length > 2) {
    const hi = given.reduce((a, b) => (b.value > a.value ? b : a));
    const lo = given.reduce((a, b) => (b.value < a.value ? b : a));
    parts.push(`Het hoogst is ${v(hi)} in ${hi.label}, het laagst ${v(lo)} in ${lo.label}.`);
  }
  if (given.length < points.length) parts.push(`Voor ${points.filter((p) => p.value === null).map((p) => p.label).join(', ')} geeft de bron geen getal.`);
  return parts.join(' ');
}

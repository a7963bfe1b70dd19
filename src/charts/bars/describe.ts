import { listNl, sentenceValue } from '../data';
import type { Bar } from './layout';

/**
 * The screen-reader description of a bars chart: a plain Dutch summary of its data, read after
 * its title. Apart from the geometry, so what a chart says can change without moving a mark.
 */
export function describeBars(bars: Bar[], unit: string, what: string): string {
  const given = bars.filter((b): b is Bar & { value: number } => b.value !== null);
  const missing = bars.filter((b) => b.value === null).map((b) => b.label);
  const parts = [`Staafdiagram met ${bars.length === 1 ? 'één staaf' : `${bars.length} staven`} (${what.toLowerCase()}).`];
  if (given.length <= 6) {
    parts.push(`${given.map((b) => `${b.label}: ${sentenceValue(b.value, unit)}`).join('; ')}.`);
  } else {
    const sorted = [...given].sort((a, b) => b.value - a.value);
    const hi = sorted[0]!;
    const lo = sorted.at(-1)!;
    parts.push(`Het hoogst is ${hi.label} met ${sentenceValue(hi.value, unit)}, het laagst ${lo.label} met ${sentenceValue(lo.value, unit)}.`);
  }
  if (missing.length) parts.push(`Voor ${listNl(missing)} geeft de bron geen getal.`);
  return parts.join(' ');
}

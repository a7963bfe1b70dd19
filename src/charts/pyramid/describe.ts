import { listNl, sentenceValue } from '../data';
import type { Band, Side } from './layout';

/**
 * The screen-reader description of a pyramid chart: a plain Dutch summary of its data, read after
 * its title. Apart from the geometry, so what a chart says can change without moving a mark.
 */
export function describePyramid(bands: Band[], unit: string, what: string, left: string, right: string, leftTotal: number, rightTotal: number): string {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  const v = (s: Side) => (s.value === null ? 'geen getal' : sentenceValue(s.value, unit));
  const biggest = [...bands].sort((a, b) => (b.left.value ?? 0) + (b.right.value ?? 0) - (a.left.value ?? 0) - (a.right.value ?? 0))[0]!;
  const parts = [
    `Bevolkingspiramide per ${what.toLowerCase()}, van ${bands[0]!.label} onderaan tot ${bands.at(-1)!.label} bovenaan: ${l} links, ${r} rechts, op dezelfde schaal.`,
    `Totaal ${l}: ${sentenceValue(leftTotal, unit)}; totaal ${r}: ${sentenceValue(rightTotal, unit)}.`,
    `De grootste groep is ${biggest.label} (${l}: ${v(biggest.left)}, ${r}: ${v(biggest.right)}).`,
  ];
  const missing = (pick: (b: Band) => Side, name: string) => {
    const gaps = bands.filter((b) => pick(b).value === null).map((b) => b.label);
    if (gaps.length) parts.push(`Voor ${listNl(gaps)} geeft de bron bij ${name} geen getal.`);
  };
  missing((b) => b.left, l);
  missing((b) => b.right, r);
  return parts.join(' ');
}

import type { ChartData } from '../data';
import type { PyramidOptions } from './layout';

const columns: ChartData['columns'] = [
  { key: 'leeftijd', label: 'Leeftijd', type: 'text' },
  { key: 'man', label: 'Mannen', type: 'integer' },
  { key: 'vrouw', label: 'Vrouwen', type: 'integer' },
  { key: 'totaal', label: 'Totaal', type: 'integer' },
];

const band = (leeftijd: string, man: number | null, vrouw: number) => ({ leeftijd, man, vrouw, totaal: (man ?? 0) + vrouw });

/** Named pyramids; the saved SVGs in tests/charts/__snapshots__/ show what each draws. */
export const pyramidExamples: Record<string, { data: ChartData; options?: PyramidOptions }> = {
  /** Zuidplas on 1 April 2025: eleven age bands, no men aged 100-109 in the source. */
  'zuidplas-2025': {
    data: {
      id: 'zuidplas/bevolking',
      title: 'Inwoners van Zuidplas naar leeftijd en geslacht',
      unit: 'inwoners',
      columns,
      rows: [
        band('0-9 jaar', 3175, 2941),
        band('10-19 jaar', 2957, 2821),
        band('20-29 jaar', 2547, 2316),
        band('30-39 jaar', 3248, 3425),
        band('40-49 jaar', 3037, 3069),
        band('50-59 jaar', 3249, 3356),
        band('60-69 jaar', 3054, 3073),
        band('70-79 jaar', 2161, 2215),
        band('80-89 jaar', 817, 1063),
        band('90-99 jaar', 92, 222),
        band('100-109 jaar', null, 2),
      ],
    },
    options: { title: 'Zuidplas heeft evenveel mannen als vrouwen; boven de 80 zijn er meer vrouwen' },
  },
  /** Equal numbers on both sides: the bars must mirror exactly. */
  mirror: {
    data: { id: 'voorbeeld/spiegel', title: 'Gelijke aantallen', unit: 'inwoners', columns, rows: [band('jong', 100, 100), band('oud', 50, 50)] },
  },
};

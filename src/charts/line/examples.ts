import type { ChartData } from '../data';
import type { LineOptions } from './layout';

const columns: ChartData['columns'] = [
  { key: 'jaar', label: 'Jaar', type: 'text' },
  { key: 'percentage', label: 'Deel van de inwoners', type: 'decimal', unit: '%' },
];

/** Named line charts; the saved SVGs in tests/charts/__snapshots__/ show what each draws. */
export const lineExamples: Record<string, { data: ChartData; options?: LineOptions }> = {
  /** Two points: a slope from the present to a forecast. */
  'ijsselstein-65-plus': {
    data: {
      id: 'ijsselstein/inwoners-65-plus',
      title: 'Inwoners van 65 jaar en ouder',
      unit: '%',
      columns,
      rows: [
        { jaar: '2025', percentage: 21 },
        { jaar: '2050', percentage: 24.5 },
      ],
    },
    options: { title: 'In 2050 is bijna een op de vier inwoners van IJsselstein 65 jaar of ouder' },
  },
  /** Unordered years with uneven gaps and one missing value: sorted, spaced by distance, with a gap. */
  'uneven-years': {
    data: {
      id: 'voorbeeld/ouderen',
      title: 'Inwoners van 65 jaar en ouder',
      unit: '%',
      columns,
      rows: [
        { jaar: '2050', percentage: 24.5 },
        { jaar: '2025', percentage: 21 },
        { jaar: '2030', percentage: null },
        { jaar: '2035', percentage: 23 },
      ],
    },
  },
  /** Many years: only the labels that fit are printed. */
  'many-years': {
    data: {
      id: 'voorbeeld/reeks',
      title: 'Aantal inwoners',
      unit: 'inwoners',
      columns: [
        { key: 'jaar', label: 'Jaar', type: 'text' },
        { key: 'aantal', label: 'Aantal inwoners', type: 'integer' },
      ],
      rows: Array.from({ length: 16 }, (_, i) => ({ jaar: String(2010 + i), aantal: 45000 + i * 250 + (i % 3) * 100 })),
    },
  },
};

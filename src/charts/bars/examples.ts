import type { ChartData } from '../data';
import type { BarsOptions } from './layout';

const shares = (label: string): ChartData['columns'] => [
  { key: 'uitspraak', label, type: 'text' },
  { key: 'percentage', label: 'Percentage', type: 'decimal' },
];

/** Named bar charts; the saved SVGs in tests/charts/__snapshots__/ show what each draws. */
export const barsExamples: Record<string, { data: ChartData; options?: BarsOptions }> = {
  /** Long statements wrap onto their own lines above the bars; shares run from 0 to 100%. */
  'zuidplas-vragenlijst': {
    data: {
      id: 'zuidplas/vragenlijst',
      title: 'Uitkomsten van de digitale vragenlijst onder inwoners',
      unit: '%',
      columns: shares('Wat deelnemers aangaven'),
      rows: [
        { uitspraak: 'Vinden het belangrijk dat de gemeente helpt wie het even niet alleen redt', percentage: 91 },
        { uitspraak: 'Hebben soms te maken met professionele hulp', percentage: 30 },
        { uitspraak: 'Hebben regelmatig te maken met professionele hulp', percentage: 5 },
        { uitspraak: 'Vinden het belangrijk dat de gemeente bij hulp of ondersteuning genoeg rekening houdt met hun persoonlijke situatie', percentage: 79 },
      ],
    },
    options: { title: 'Negen op de tien deelnemers vinden dat de gemeente moet helpen wie het zelf even niet redt' },
  },
  /** Counts: the scale runs to the largest value and the unit is named once above the bars. */
  'zuidplas-zorg-aantallen': {
    data: {
      id: 'zuidplas/zorg-aantallen',
      title: 'Wmo en jeugdhulp in aantallen',
      unit: 'inwoners',
      columns: [
        { key: 'onderwerp', label: 'Wie', type: 'text' },
        { key: 'aantal', label: 'Aantal', type: 'integer' },
      ],
      rows: [
        { onderwerp: 'Inwoners van 65 jaar en ouder', aantal: 9397 },
        { onderwerp: 'Inwoners met een maatwerkvoorziening uit de Wmo', aantal: 2277 },
        { onderwerp: 'Jongeren tot en met 18 jaar', aantal: 11365 },
        { onderwerp: 'Jongeren met een indicatie voor jeugdhulp', aantal: 1036 },
      ],
    },
  },
  /** A missing value draws no bar and says so, instead of a bar of zero. */
  'ijsselstein-buurt': {
    data: {
      id: 'ijsselstein/beleidsmonitor-2023',
      title: 'Inwoners en hun buurt (Beleidsmonitor 2023)',
      unit: '%',
      columns: [
        { key: 'onderwerp', label: 'Onderwerp', type: 'text' },
        { key: 'percentage', label: 'Percentage', type: 'decimal', unit: '%' },
        { key: 'in-de-visie', label: 'Zo staat het in de visie', type: 'text' },
      ],
      rows: [
        { onderwerp: 'Voelt zich betrokken bij de buurt', percentage: 40, 'in-de-visie': '40 procent' },
        { onderwerp: 'Maakt regelmatig een praatje in de buurt', percentage: null, 'in-de-visie': 'twee derde' },
        { onderwerp: 'Zou de huissleutel aan een buur toevertrouwen', percentage: 88, 'in-de-visie': '88 procent' },
      ],
    },
  },
};

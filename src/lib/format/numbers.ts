import { formatLocale } from 'd3-format';

/** Dutch number notation: 48.840 and 4,7. */
const nl = formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] });

const integer = nl.format(',d');

/** A count or amount in Dutch notation; keeps the decimals the data has. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return integer(value);
  const decimals = String(value).split('.')[1]?.length ?? 0;
  return nl.format(`,.${decimals}f`)(value);
}

/** A value with its unit: "4,7%", "€ 100.000", "1,7 indicaties". */
export function formatValue(value: number, unit = ''): string {
  if (unit === '%') return `${formatNumber(value)}%`;
  if (unit === '€') return `€ ${formatNumber(value)}`;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** A download's size as a link states it: "740 kB", "1,2 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1_000_000) return `${formatNumber(Math.max(1, Math.round(bytes / 1000)))} kB`;
  return `${formatNumber(Math.round(bytes / 100_000) / 10)} MB`;
}

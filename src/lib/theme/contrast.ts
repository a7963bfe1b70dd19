/** WCAG 2.x contrast maths for house colours (hex in, ratios out). */

const HEX = /^#[0-9a-f]{6}$/i;

export function isHex(value: string): boolean {
  return HEX.test(value);
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Relative luminance as defined by WCAG 2.x. */
export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function toHex(channels: number[]): string {
  return `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The house colour lightened towards white until it reads as text on the dark theme's
 * background: the edition keeps its hue in dark mode without failing contrast.
 */
export function lightenForDark(hex: string, background: string, ratio = 4.5): string {
  const base = rgb(hex);
  for (let step = 0; step <= 20; step++) {
    const t = step / 20;
    const mixed = toHex(base.map((c) => c + (255 - c) * t));
    if (contrast(mixed, background) >= ratio) return mixed;
  }
  return '#ffffff';
}

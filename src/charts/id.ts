/**
 * An id for a chart's title and desc that is the same on every build and differs between two
 * charts of one dataset on a page (other kind, columns or title).
 */
export function chartId(datasetId: string, kind: string, options: Record<string, unknown>): string {
  const key = JSON.stringify(Object.entries(options).sort(([a], [b]) => a.localeCompare(b)));
  let hash = 0;
  for (const c of key) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return `chart-${datasetId.replace(/[^a-z0-9-]/g, '-')}-${kind}-${hash.toString(36)}`;
}

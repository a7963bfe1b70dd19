import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML file of a built site, for the steps that run once all pages exist. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

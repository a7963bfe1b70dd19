import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { build, copyFixture } from './helpers/build';

/** Content that is valid but hostile builds, and is published as text, never as HTML. */
const HOSTILE_NAME = 'Jeugdwet <img src=x onerror=alert(1)>';
let out = '';

beforeAll(() => {
  const dir = copyFixture();
  const law = join(dir, 'wetten/jeugdwet.yaml');
  writeFileSync(law, readFileSync(law, 'utf8').replace('name: Jeugdwet', `name: '${HOSTILE_NAME}'`));
  const result = build(dir);
  expect(result.ok, result.output).toBe(true);
  out = result.out;
});

const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

describe('a law name with HTML in it', () => {
  test.each([
    ['a <LawRef /> without a label, which shows the name', 'voorbeeld/pijlers/pijler-1'],
    ['the law page', 'wetten/jeugdwet'],
  ])('%s publishes it as text', (_, path) => {
    const html = page(path);
    // The reading aids print text through rehype, which escapes "<" and "&" (a ">" alone opens nothing).
    expect(html).toMatch(/Jeugdwet &lt;img src=x onerror=alert\(1\)(&gt;|>)/);
    // In a quoted attribute (the page's title for link previews) a < starts no element.
    expect(html.replace(/"[^"]*"/g, '""')).not.toContain('<img');
  });
});

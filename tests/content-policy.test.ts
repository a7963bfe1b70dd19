import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { beforeAll, describe, expect, test } from 'vitest';
import { contentMdxProcessor, contentPolicyPlugin, urlProblem } from '../src/mdx/content-policy';
import { FIXTURE } from './helpers/build';

/** A copy of the fixture with a law in the register that the edition does not name. */
let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sv-policy-'));
  cpSync(FIXTURE, root, { recursive: true });
  writeFileSync(join(root, 'wetten', 'wmo-2015.yaml'), 'name: Wmo 2015\n');
});
const page = () => join(root, 'gemeenten', 'voorbeeld', 'pijlers', 'test.mdx');

/** The problems the policy finds in an MDX page, one "line: message" each, or [] when it passes. */
async function problems(source: string): Promise<string[]> {
  try {
    await mdxToJs(source, { mdastPlugins: [contentPolicyPlugin(root, page())], fileURL: pathToFileURL(page()) });
    return [];
  } catch (error) {
    // The copy's folder differs per run: the snapshot names it <content>.
    const prefix = `${relative(process.cwd(), page())}:`;
    return (error as Error).message.split('\n').map((line) => line.replace(prefix, '').replaceAll(relative(process.cwd(), root), '<content>'));
  }
}

describe('MDX content that may be published', () => {
  test.each([
    ['Markdown', '## Kop\n\nTekst met **nadruk**, een [link](../../pijlers/) en een [adres](https://www.zuidplas.nl/).'],
    ['every component with its props', '<Callout title="Let op">Tekst</Callout>\n\n<Chart id="voorbeeld/bevolking" kind="pyramid" title="Titel" total={false} />\n\n<Table id="voorbeeld/bevolking" total />\n\n<Perspective voor="inwoner">Tekst</Perspective>\n\n<EditorialNote>Noot</EditorialNote>\n\nDe <LawRef id="jeugdwet">Jeugdwet</LawRef>.'],
    ['the allowed HTML', 'De <abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr>,<br />m<sup>2</sup> en H<sub>2</sub>O, <strong>vet</strong> en <em>schuin</em>.'],
    ['escaped braces and a less-than sign', 'Een \\{ accolade \\} en &lt;5% of a < b.'],
    ['a note for editors', '{/* Markdown nummert de lijst zelf. */}\n\nTekst {/* ook hier */}.'],
    ['mail and phone links', '[Mail](mailto:info@zuidplas.nl) of [bel](tel:+31180330300).'],
  ])('%s', async (_, source) => {
    expect(await problems(source)).toEqual([]);
  });
});

/** Each case is one way a page could run code, publish something unsafe or lose text; the snapshot pins the messages. */
describe('MDX content that is rejected with file, line and what to write instead', () => {
  test.each([
    ['an import', 'import { writeFileSync } from "node:fs"\n\nTekst.'],
    ['an export that runs code', 'Tekst.\n\nexport const x = writeFileSync("/tmp/x", "y")'],
    ['an expression in the text', 'Uw map: {process.env.HOME}.'],
    ['an expression on its own line', '{1 + 1}'],
    ['code between two comments', '{/* a */ process.env.HOME /* b */}'],
    ['an unknown component', '<Foo />'],
    ['the retired <Quote>', '<Quote by="een inwoner">Fijn.</Quote>'],
    ['a lower-case spelling of a component', '<callout>Tekst</callout>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://example.org/" />'],
    ['a script', '<script>alert(1)</script>'],
    ['an event handler on allowed HTML', 'Een <abbr title="x" onclick="alert(1)">X</abbr>.'],
    ['a style on allowed HTML', 'Een <strong style="color:red">X</strong>.'],
    ['a fragment', '<>Tekst</>'],
    ['an expression as a prop', '<Chart id="voorbeeld/bevolking" kind={"bars"} />'],
    ['a spread of props', '<Callout {...props}>Tekst</Callout>'],
    ['an unknown prop', '<Callout titel="Let op">Tekst</Callout>'],
    ['a chart without id', '<Chart kind="bars" />'],
    ['a law not in the register', 'De <LawRef id="wmo" />.'],
    ['a law the edition does not name', 'De <LawRef id="wmo-2015" />.'],
    ['a javascript: link', '[Klik](javascript:alert(1))'],
    ['a javascript: link with a tab', '[Klik](java&#9;script:alert(1))'],
    ['a data: link', '[Klik](data:text/html,<script>alert(1)</script>)'],
    ['an http link', '[Site](http://www.zuidplas.nl/)'],
    ['a link without https:', '[Site](//www.zuidplas.nl/)'],
    ['a javascript: link by reference', '[Klik][x]\n\n[x]: javascript:alert(1)'],
    ['an image from another site', '![Logo](https://example.org/logo.png)'],
    ['several problems at once, in line order', '<Foo />\n\n{x}\n\nimport y from "z"'],
  ])('%s', async (_, source) => {
    const found = await problems(source);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toMatchSnapshot();
  });
});

describe('urlProblem', () => {
  test.each([
    ['https://www.zuidplas.nl/', false, false],
    ['../../pijlers/inclusie/#kop', false, false],
    ['/wetten/jeugdwet/', false, false],
    ['#kop', false, false],
    ['mailto:info@zuidplas.nl', false, false],
    ['tel:+31180330300', false, false],
    ['/favicon.svg', true, false],
    ['JavaScript:alert(1)', false, true],
    [' javascript:alert(1)', false, true],
    ['java\nscript:alert(1)', false, true],
    ['vbscript:x', false, true],
    ['file:///etc/passwd', false, true],
    ['http://www.zuidplas.nl/', false, true],
    ['//evil.example/', false, true],
    ['https://example.org/logo.png', true, true],
  ])('%s (image: %s) is rejected: %s', (url, image, rejected) => {
    expect(Boolean(urlProblem(url, image))).toBe(rejected);
  });
});

/** MDX's own syntax errors, through the processor Astro uses, get the file, the line and the fix. */
describe('MDX syntax errors say how to fix them', () => {
  const renderer = () =>
    contentMdxProcessor(root).createMdxRenderer!({ syntaxHighlight: false } as never, { optimize: false, sourcemap: false });

  test.each([
    ['a lone brace', 'Tekst met { een accolade', ':1: ', 'write \\{'],
    ['a <br> without a slash', 'Regel<br>volgende', ':1: ', 'write <br />'],
    ['a less-than sign before a number', 'Minder dan <5% van de mensen', ':1: ', 'written &lt; (for example &lt;5%)'],
    ['an HTML comment', 'Tekst\n\n<!-- notitie -->', ':3: ', 'MDX has no <!-- comments -->'],
    ['an unclosed component', '<Callout title="Let op">\n\nTekst', ':1: ', 'Close it with </Callout>'],
  ])('%s', async (_, source, line, fix) => {
    const error = await (await renderer()).process(source, page(), {}).then(
      () => undefined,
      (e: Error & { hint?: string }) => e,
    );
    expect(error?.message).toContain(`${relative(process.cwd(), page())}${line}`);
    expect(error?.message).not.toContain('(note:');
    expect(error?.hint).toContain(fix);
  });

  test('MDX outside the content folder keeps its full power', async () => {
    const outside = join(tmpdir(), 'page.mdx');
    const result = await (await renderer()).process('export const x = 1\n\n{x}', outside, {});
    expect(result.code).toContain('const x = 1');
  });
});

/**
 * The laws each vision names: its own page (/<gemeente>/wetten/), the register that says which
 * visions name a law, and a law page that leads to the passage where a vision names it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentDir } from '../src/lib/build-options';
import { DIST, readPage } from '../src/gates/dist';
import { namedLaws } from './helpers/expected-pages';

const editions = readdirSync(join(contentDir, 'gemeenten'));
const laws = readdirSync(join(contentDir, 'wetten')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));

/** The laws an edition's MDX pages link with <LawRef>, as the author wrote them. */
function lawRefs(edition: string): Set<string> {
  const refs = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.mdx')) for (const m of readFileSync(join(dir, entry.name), 'utf8').matchAll(/<LawRef\s+id="([^"]+)"/g)) refs.add(m[1]!);
    }
  };
  walk(join(contentDir, 'gemeenten', edition));
  return refs;
}

const sectionIds = (html: string) => [...html.matchAll(/<section aria-labelledby="([^"]+)"/g)].map((m) => m[1]!);

describe('each edition has a page with exactly the laws its vision names', () => {
  test.each(editions)('/%s/wetten/', (edition) => {
    const html = readPage(DIST, `/${edition}/wetten/`);
    const named = namedLaws(contentDir, edition);
    expect(sectionIds(html).sort()).toEqual([...named].sort());
    for (const law of named) {
      const section = html.slice(html.indexOf(`<section aria-labelledby="${law}"`)).split('</section>')[0]!;
      expect(section, law).toContain(`<h2 id="${law}" class="text-2xl font-bold"><a href="/wetten/${law}/">`);
      expect(section, law).toMatch(/de wet gebruikt:<\/strong> \S/);
    }
    if (named.length === 0) expect(html).toMatch(/noemt geen wetten/);
  });

  test('an edition without wetten.yaml exists, so the "names no laws" case is checked', () => {
    expect(editions.some((e) => !existsSync(join(contentDir, 'gemeenten', e, 'wetten.yaml')))).toBe(true);
  });

  test.each(editions)('the home of %s links its count of laws to that page', (edition) => {
    const count = namedLaws(contentDir, edition).length;
    const home = readPage(DIST, `/${edition}/`);
    const link = home.match(new RegExp(`<a href="/${edition}/wetten/">([^<]+)</a>`))?.[1];
    expect(link).toBeDefined();
    expect(link).toMatch(count > 0 ? new RegExp(`noemt \\(${count}\\)$`) : /noemt er geen$/);
    expect(home).not.toContain('<a href="/wetten/">Wetten die');
  });
});

describe('the register says which visions name each law', () => {
  const register = readPage(DIST, '/wetten/');
  test.each(laws)('%s', (law) => {
    const item = register.slice(register.indexOf(`<a href="/wetten/${law}/" class="text-lg font-bold">`)).split('</li>')[0]!;
    const linked = [...item.matchAll(new RegExp(`href="/wetten/${law}/#visie-([^"]+)"`, 'g'))].map((m) => m[1]);
    expect(linked).toEqual(editions.filter((e) => namedLaws(contentDir, e).includes(law)));
    if (linked.length === 0) expect(item).toContain('Geen van de visies noemt deze wet.');
  });
});

describe('on a law’s page, each vision’s heading leads to where that vision names the law', () => {
  const cases = editions.flatMap((edition) => namedLaws(contentDir, edition).map((law) => [law, edition] as const));
  test.each(cases)('/wetten/%s/#visie-%s', (law, edition) => {
    const href = readPage(DIST, `/wetten/${law}/`).match(new RegExp(`<h3 id="visie-${edition}"[^>]*>\\s*<a href="([^"]+)"`))?.[1];
    expect(href).toBeDefined();
    const [path, fragment] = href!.split('#');
    if (lawRefs(edition).has(law)) {
      // A page of the edition that links the law, opened at the section that does.
      expect(path).toMatch(new RegExp(`^/${edition}/(pijlers|piramide|hoofdstukken|bijlagen)/[^/]+/$`));
      const page = readPage(DIST, path!);
      expect(page).toContain(`href="/wetten/${law}/"`);
      if (fragment) {
        const at = page.indexOf(`id="${decodeURIComponent(fragment)}"`);
        expect(at, `#${fragment} on ${path}`).toBeGreaterThan(-1);
        expect(page.indexOf(`href="/wetten/${law}/"`, at), `the law is linked after #${fragment}`).toBeGreaterThan(at);
      }
    } else {
      expect(href).toBe(`/${edition}/wetten/#${law}`);
    }
  });
});

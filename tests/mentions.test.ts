import { describe, expect, test } from 'vitest';
import { bodySkeleton, mentionsIn } from '../src/lib/content/mentions';
import { pageMetadata } from '../src/lib/content/metadata-loader';

const h = (depth: number, text: string, slug = text.toLowerCase().replace(/\s+/g, '-')) => ({ depth, text, slug });

describe('where an MDX body names a law or shows a dataset', () => {
  test.each([
    [
      'a tag before any heading stands under none',
      'Intro met <LawRef id="jeugdwet" />.\n\n## Wat we doen\n\nTekst.',
      [h(2, 'Wat we doen')],
      [['jeugdwet', undefined]],
    ],
    [
      'each tag stands under the nearest heading above it, also a deeper one',
      '## Eerst\n\n<LawRef id="avg" />\n\n## Dan\n\n### Voorbeeld\n\nDe <LawRef id="wmo-2015">Wmo</LawRef> en <LawRef id="jeugdwet" />.',
      [h(2, 'Eerst'), h(2, 'Dan'), h(3, 'Voorbeeld')],
      [['avg', 'eerst'], ['wmo-2015', 'voorbeeld'], ['jeugdwet', 'voorbeeld']],
    ],
    [
      'a <Perspective> is a section of its own (it prints its h2)',
      '## Meedoen\n\n<Perspective voor="gemeente">\n- De <LawRef id="participatiewet">Participatiewet</LawRef>\n</Perspective>',
      [h(2, 'Meedoen')],
      [['participatiewet', 'voor-gemeente']],
    ],
    [
      'sections that do not match the headings give no heading rather than a wrong one',
      '## Een\n\n## Twee\n\n<LawRef id="avg" />',
      [h(2, 'Een')],
      [['avg', undefined]],
    ],
    [
      'a tag written over several lines, and other components, are read right',
      '## Cijfers\n\n<Callout title="x">y</Callout>\n\n<Chart\n  id="zuidplas/bevolking"\n  kind="pyramid"\n/>',
      [h(2, 'Cijfers')],
      [['zuidplas/bevolking', 'cijfers']],
    ],
  ])('%s', (_, body, headings, expected) => {
    const found = mentionsIn(body, headings, ['LawRef', 'Chart']);
    expect(found.map((m) => [m.id, m.under?.slug])).toEqual(expected);
    // A shard keeps only the skeleton of pages it does not render: it must say the same.
    expect(mentionsIn(bodySkeleton(body), headings, ['LawRef', 'Chart'])).toEqual(found);
  });

  test('the skeleton of a body is its headings and component tags, in order, without its text', () => {
    expect(bodySkeleton('Intro met <LawRef id="jeugdwet" />.\n\n## Wat we doen\n\nDe <LawRef id="wmo-2015">Wmo</LawRef>.\n\n```\n## Geen kop\n```\n\n<Perspective voor="inwoner" title="Voor u">\nMeer.\n</Perspective>')).toBe(
      '<LawRef id="jeugdwet" />\n\n## Wat we doen\n\n<LawRef id="wmo-2015" />\n\n<Perspective voor="inwoner" title="Voor u" />',
    );
  });

  test('a tag’s attributes are kept, such as a chart’s message title', () => {
    const [chart] = mentionsIn('<Chart id="a/b" kind="bars" title="Negen op de tien" />', [], ['Chart']);
    expect(chart!.attributes).toEqual({ id: 'a/b', kind: 'bars', title: 'Negen op de tien' });
  });
});

describe('what a page read as metadata keeps (the key of the shared pages in a sharded build)', () => {
  const page = '---\ntitle: Pijler\n---\n## Wat we doen\n\nTekst met <LawRef id="jeugdwet" />.\n';
  test('a sentence more changes nothing', () => {
    expect(pageMetadata(page.replace('Tekst', 'Meer tekst. Tekst'))).toEqual(pageMetadata(page));
  });
  test.each([
    ['a new heading', page.replace('## Wat', '## Eerst\n\n## Wat')],
    ['a new law mention', page.replace('.\n', ' en <LawRef id="wmo-2015" />.\n')],
    ['a new title', page.replace('title: Pijler', 'title: Pijler 1')],
  ])('%s changes it', (_, changed) => {
    expect(pageMetadata(changed)).not.toEqual(pageMetadata(page));
  });
});

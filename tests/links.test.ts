import { describe, expect, test } from 'vitest';
import { deadLinks } from './checks/links';
import { allPages, DIST, redirectPages } from './helpers/dist';

const BROKEN = 'tests/fixtures/broken';

describe('links', () => {
  test('every internal link, file and #fragment of the built site resolves', () => {
    const pages = [...allPages(DIST), ...Object.keys(redirectPages(DIST))];
    expect(pages.length).toBeGreaterThan(100);
    expect(deadLinks(DIST, pages)).toEqual([]);
  });

  test('the check finds a dead fragment and a dead page', () => {
    expect(deadLinks(BROKEN, ['/dead-fragment/'])).toEqual([
      '/dead-fragment/: #bestaat-niet (no element with id "bestaat-niet" on /dead-fragment/)',
      '/dead-fragment/: /dead-fragment/#ook-niet (no element with id "ook-niet" on /dead-fragment/)',
      '/dead-fragment/: /bestaat-niet/ (no such page or file)',
    ]);
  });
});

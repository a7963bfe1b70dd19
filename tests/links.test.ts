import { describe, expect, test } from 'vitest';
import { deadLinks } from '../src/gates/links';
import { allPages, DIST, redirectPages } from '../src/gates/dist';

describe('links', () => {
  test('every internal link, file and #fragment of the built site resolves', () => {
    const pages = [...allPages(DIST), ...Object.keys(redirectPages(DIST))];
    expect(pages.length).toBeGreaterThan(100);
    expect(deadLinks(DIST, pages)).toEqual([]);
  });

});

import { expect, test } from 'vitest';
import { deadLinks } from '.';

test('the link check finds a dead fragment and a dead page', () => {
  expect(deadLinks(`${import.meta.dirname}/broken`, ['/dead-fragment/'])).toEqual([
    '/dead-fragment/: #bestaat-niet (no element with id "bestaat-niet" on /dead-fragment/)',
    '/dead-fragment/: /dead-fragment/#ook-niet (no element with id "ook-niet" on /dead-fragment/)',
    '/dead-fragment/: /bestaat-niet/ (no such page or file)',
  ]);
});

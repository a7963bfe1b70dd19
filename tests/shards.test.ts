import { describe, expect, test } from 'vitest';
import { ownerOf, shardGroups } from '../src/lib/shards';

describe('shard groups', () => {
  test.each([
    [[], 40, 2, []],
    [['a'], 40, 2, [['a']]],
    [['a', 'b', 'c'], 40, 2, [['a', 'b'], ['c']]],
    [['a', 'b', 'c', 'd', 'e'], 2, 2, [['a', 'b'], ['c', 'd'], ['e']]],
    [['a', 'b', 'c', 'd'], 40, 1, [['a', 'b', 'c', 'd']]],
  ])('%j in groups of at most %i for %i cores: %j', (editions, size, jobs, groups) => {
    expect(shardGroups(editions, size, jobs)).toEqual(groups);
  });

  test('342 editions in groups of 40 for 2 cores: 9 groups of 38, each edition once', () => {
    const editions = Array.from({ length: 342 }, (_, i) => `gemeente-${i}`);
    const groups = shardGroups(editions, 40, 2);
    expect(groups.map((g) => g.length)).toEqual(Array(9).fill(38));
    expect(groups.flat()).toEqual(editions);
  });
});

describe('the edition a built file belongs to', () => {
  const editions = ['dijk', 'dijk-en-waard', 'zuidplas'];
  test.each([
    ['zuidplas/index.html', 'zuidplas'],
    ['dijk-en-waard/pijlers/samen/index.html', 'dijk-en-waard'],
    ['og/dijk.png', 'dijk'],
    ['og/dijk-en-waard.png', 'dijk-en-waard'],
    ['og/sociale-visie.png', undefined],
    ['data/dijk-en-waard-bevolking.csv', 'dijk-en-waard'],
    ['data/dijk-bevolking.csv', 'dijk'],
    ['sitemap-dijk-en-waard-0.xml', 'dijk-en-waard'],
    ['sitemap-zuidplas-12.xml', 'zuidplas'],
    ['sitemap-pages-0.xml', undefined],
    ['sitemap-index.xml', undefined],
    ['zuidplas.html', undefined],
    ['index.html', undefined],
    ['wetten/jeugdwet/index.html', undefined],
    ['_astro/Base.abc.css', undefined],
  ])('%s → %s', (path, owner) => expect(ownerOf(path, editions)).toBe(owner));
});

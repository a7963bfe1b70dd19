/**
 * npm run urls:update: writes published-urls.txt from a full build in dist/ (the npm script
 * builds it first). It refuses when a listed URL disappeared without a redirect in
 * content/redirects.yaml, unless you pass --accept-removals: partners' links would break.
 */
import { contentDir, singleEdition } from '../src/lib/build-options.ts';
import { readRedirects } from '../src/lib/content/redirects.ts';
import { compareWithManifest, MANIFEST, publishedUrls, readManifest, writeManifest } from '../src/gates/permanent-urls/index.ts';
import { DIST } from '../src/gates/dist.ts';

if (singleEdition || contentDir !== 'content') {
  console.error(`${MANIFEST} lists the full build of content/: run this without EDITION and CONTENT_DIR.`);
  process.exit(1);
}

const published = publishedUrls(DIST);
const { removed, added } = compareWithManifest(published, readManifest(MANIFEST), readRedirects(contentDir));
if (removed.length && !process.argv.includes('--accept-removals')) {
  console.error(`These published URLs are gone and have no redirect in content/redirects.yaml:\n  ${removed.join('\n  ')}`);
  console.error('Declare where they went, or run with --accept-removals if they must go for good.');
  process.exit(1);
}
writeManifest(MANIFEST, published);
console.log(`${MANIFEST}: ${published.length} URLs, ${added.length} new${removed.length ? `, ${removed.length} removed` : ''}.`);

// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pdfDocuments } from './src/integrations/pdf.ts';
import { securityHeadersFiles } from './src/integrations/headers-files.ts';
import { checkDeploySettings, contentDir, shardEditions, singleEdition, siteUrl } from './src/lib/build-options.ts';
import { quietBuildLogs } from './src/lib/build-logs.ts';
import { contentMdxProcessor } from './src/mdx/content-policy.ts';
import { pageRedirects, readRedirects } from './src/lib/content/redirects.ts';
import { shardSitemap } from './src/lib/sitemap-options.ts';

// A production build stops without SITE_URL and SECURITY_CONTACT; other builds warn.
if (process.argv.includes('build')) checkDeploySettings();

const base = process.env.BASE_PATH || '/';
const moved = new Set(Object.keys(pageRedirects(readRedirects(contentDir), contentDir, singleEdition, base)).map((path) => `${base.replace(/\/$/, '')}${path}`));

export default defineConfig({
  site: siteUrl,
  base,
  trailingSlash: 'always',
  // Separate caches let two builds (one edition each) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  outDir: process.env.OUT_DIR || './dist',
  // MDX in content/ is content, not code: src/mdx/content-policy.ts rejects imports, JavaScript and raw HTML.
  // Pages that moved (content/redirects.yaml) are built by src/pages/[...moved].astro; the sitemap lists only their new address.
  // A shard of a large build (EDITIONS) writes one sitemap file per edition (src/lib/sitemap-options.ts).
  integrations: [contentCheck(), mdx({ processor: contentMdxProcessor(contentDir) }), sitemap({ filter: (page) => !moved.has(new URL(page).pathname), ...shardSitemap(siteUrl, base, contentDir, shardEditions) }), pdfDocuments(), securityHeadersFiles()],
  build: { inlineStylesheets: 'never', format: 'directory' },
  // Astro inlines no asset of its own: what the pages carry inline is exactly what their
  // Content-Security-Policy hashes (src/layouts/Base.astro, src/lib/browser-scripts.ts).
  // The bundler's known harmless warnings are dropped, so a real warning is seen (src/lib/build-logs.ts).
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0, rolldownOptions: { onLog: quietBuildLogs } } },
  devToolbar: { enabled: false },
  prefetch: false,
});

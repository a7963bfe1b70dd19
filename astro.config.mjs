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

export default defineConfig({
  site: siteUrl,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // Separate caches let two builds (one edition each) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  outDir: process.env.OUT_DIR || './dist',
  // MDX in content/ is content, not code: src/mdx/content-policy.ts rejects imports, JavaScript and raw HTML.
  integrations: [contentCheck(), mdx({ processor: contentMdxProcessor(contentDir) }), sitemap(shardSitemap(siteUrl, process.env.BASE_PATH || '/', contentDir, shardEditions)), pdfDocuments(), securityHeadersFiles()],
  // Published URLs that moved (content/redirects.yaml), built as pages that send the reader on.
  redirects: pageRedirects(readRedirects(contentDir), contentDir, singleEdition, process.env.BASE_PATH),
  build: { inlineStylesheets: 'never', format: 'directory' },
  // No inlined scripts or styles: the Content-Security-Policy allows only the site's own files.
  // The bundler's known harmless warnings are dropped, so a real warning is seen (src/lib/build-logs.ts).
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0, rolldownOptions: { onLog: quietBuildLogs } } },
  devToolbar: { enabled: false },
  prefetch: false,
});

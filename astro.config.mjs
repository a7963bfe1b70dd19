// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL || 'https://sociale-visie.example',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // Separate caches let two builds (one edition each) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  outDir: process.env.OUT_DIR || './dist',
  integrations: [mdx(), sitemap()],
  build: { inlineStylesheets: 'never', format: 'directory' },
  // No inlined scripts or styles: the Content-Security-Policy allows only the site's own files.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  prefetch: false,
});

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
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  prefetch: false,
});

import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { shardEditions } from '../lib/build-options';
import { fileSize } from '../lib/format/numbers';
import { pdfSummary, writeDocuments } from '../pdf/build';

/**
 * The PDF of each edition's whole vision, made once Astro has written every page: the PDF is
 * rendered from the built page, and the links to it then get its size (src/pdf/build.ts). Runs in
 * every build, single-edition builds and OUT_DIR included; a shard's PDFs are made by
 * scripts/build-shards.ts after the shard's build.
 */
export function pdfDocuments(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'pdf-documents',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // A shard of a large build leaves its PDFs to scripts/build-shards.ts, which makes them once this
        // build has ended and freed its memory, rather than start Chromium beside it.
        if (shardEditions) return;
        const start = performance.now();
        const pdfs = await writeDocuments(fileURLToPath(dir), { site, base });
        for (const pdf of pdfs) logger.info(`${pdf.href}: ${pdf.pages} pages, ${fileSize(pdf.bytes)}, ${pdf.seconds.toFixed(1)} s`);
        if (pdfs.length > 0) logger.info(pdfSummary(pdfs.length, (performance.now() - start) / 1000));
      },
    },
  };
}

import { urls } from '../site';

/** Name of the preview image of pages that belong to no edition (no edition has this slug). */
export const OG_SITE = 'sociale-visie';

/** Absolute address of the preview image of a page: its edition's, or the site's. */
export const ogImageUrl = (site: URL | undefined, edition?: string) => new URL(urls.file(`og/${edition ?? OG_SITE}.png`), site).href;

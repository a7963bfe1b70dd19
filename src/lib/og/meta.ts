import { urls } from '../site';
import { OG_SITE } from '../site-names';

export { OG_SITE };

/** Absolute address of the preview image of a page: its edition's, or the site's. */
export const ogImageUrl = (site: URL | undefined, edition?: string) => new URL(urls.file(`og/${edition ?? OG_SITE}.png`), site).href;

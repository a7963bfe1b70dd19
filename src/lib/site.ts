import { singleEdition } from './build-options';
import { createUrls } from './urls';

/** The URLs of this build. */
export const urls = createUrls(import.meta.env.BASE_URL, singleEdition);

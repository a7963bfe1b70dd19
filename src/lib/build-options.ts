/**
 * What this build publishes. `EDITION=zuidplas npm run build` builds one edition alone at the
 * site root, with only the laws it names; without it every edition is built.
 */
export const singleEdition: string | undefined = process.env.EDITION?.trim() || undefined;

/** Folder of the content, relative to the project root. */
export const contentDir: string = process.env.CONTENT_DIR?.trim() || 'content';

/**
 * The reading aids of a vision's pages, as one script: the links and buttons that copy, and "Lees
 * voor". They come together on every page that has either (src/layouts/EntryPage.astro, the whole
 * vision), so one inline script serves them, with one hash in the policy.
 */
import './copy-controls';
import './read-aloud';

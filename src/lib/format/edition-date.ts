import { EDITION_KINDS, type Edition } from '../../schemas/edition';
import { formatDate } from './dates';

/** "op 1 oktober 2025", or "in oktober 2025" / "in 2025" when the source is less precise. */
export const formatWhen = (iso: string) => `${iso.length === 10 ? 'op' : 'in'} ${formatDate(iso)}`;

const SENTENCES: Record<Edition['kind'], (when: string) => string> = {
  adopted: (when) => `Deze visie is vastgesteld ${when}.`,
  final: (when) => `Deze definitieve versie van de visie is geschreven ${when}.`,
  draft: (when) => `Deze werkversie van de visie is geschreven ${when}.`,
  unstated: (when) => `Deze visie is geschreven ${when}.`,
  plan: (when) => `Dit plan van aanpak voor de visie is geschreven ${when}.`,
  outline: (when) => `Deze opzet voor het schrijven van de visie is gemaakt ${when}.`,
};

/** One plain sentence on when the edition's document was adopted or written; the source may give no date. */
export const editionDateSentence = (kind: Edition['kind'], date: string | undefined) =>
  date ? SENTENCES[kind](formatWhen(date)) : 'Het document van de gemeente noemt geen datum.';

/** The kind and date in a short line: "werkversie van de visie, oktober 2025". */
export const kindAndDate = (kind: Edition['kind'], date: string | undefined) =>
  date ? `${EDITION_KINDS[kind].label}, ${formatDate(date)}` : EDITION_KINDS[kind].label;

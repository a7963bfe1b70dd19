import type { Edition } from '../schemas/edition';
import { formatDate } from './dates';

/** "op 1 oktober 2025", or "in oktober 2025" / "in 2025" when the source is less precise. */
export const formatWhen = (iso: string) => `${iso.length === 10 ? 'op' : 'in'} ${formatDate(iso)}`;

const SENTENCES: Record<Edition['kind'], (when: string) => string> = {
  adopted: (when) => `Deze visie is vastgesteld ${when}.`,
  final: (when) => `Deze definitieve versie van de visie is geschreven ${when}.`,
  draft: (when) => `Deze werkversie van de visie is geschreven ${when}.`,
  plan: (when) => `Dit plan van aanpak voor de visie is geschreven ${when}.`,
};

/** One plain sentence on when the edition's document was adopted or written. */
export const editionDateSentence = (kind: Edition['kind'], date: string) => SENTENCES[kind](formatWhen(date));

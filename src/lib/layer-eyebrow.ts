import type { LayerEntry } from './content';

/**
 * The line above a layer's title: where it stands, and the goal tied to it in plain words. The
 * source's numbering ("opgave 4.4") is kept for readers who have the vision at hand, said as
 * such, not as if residents knew it.
 */
export const layerEyebrow = (layer: LayerEntry, total: number) =>
  `Laag ${layer.data.order} van ${total} · Doel: ${layer.data.task.title} (opgave ${layer.data.task.number} in de visie)`;

/** The audiences a building block can be told for, with their section headings. */
export const AUDIENCES = {
  inwoner: 'Voor mij als inwoner',
  partner: 'Voor ons als maatschappelijke organisatie',
  gemeente: 'Voor ons als gemeente',
} as const;

export type Audience = keyof typeof AUDIENCES;

export const isAudience = (value: string): value is Audience => value in AUDIENCES;

/** The anchor id of an audience's section. */
export const audienceId = (audience: Audience) => `voor-${audience}`;

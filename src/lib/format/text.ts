/** The word with its first letter as a capital, for a label at the start of a line: "Pijlers". */
export const capitalize = (word: string) => word.replace(/^./, (c) => c.toUpperCase());

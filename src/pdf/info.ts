/**
 * Chromium fills in a PDF's Title (from <title>) but has no way to set its Author or Subject. They
 * are added here as an incremental update, the way a PDF editor saves a change: a new document
 * information dictionary, a one-entry cross-reference section and a trailer are appended, and
 * every byte Chromium wrote stays as it was, its tags and bookmarks included.
 */

/** A PDF text string: literal for plain ASCII, else UTF-16BE with a byte order mark (PDF 1.7, 7.9.2.2). */
export function pdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  const hex = [...value].flatMap((char) => {
    const code = char.codePointAt(0)!;
    if (code <= 0xffff) return [code];
    const offset = code - 0x10000;
    return [0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff)];
  });
  return `<FEFF${hex.map((unit) => unit.toString(16).toUpperCase().padStart(4, '0')).join('')}>`;
}

/**
 * The PDF with a new document information dictionary holding `fields` (Title, Author, Subject,
 * and whatever else the caller keeps, such as Creator and dates). The PDF must end in a classic
 * cross-reference table and trailer, as Chromium's PDFs do; anything else is refused rather than
 * guessed at.
 */
export function withInfo(pdf: Uint8Array, fields: Record<string, string>): Uint8Array {
  // PDF syntax is bytes; latin1 maps each byte to one character, so offsets stay byte offsets.
  const text = Buffer.from(pdf).toString('latin1');
  const trailerAt = text.lastIndexOf('trailer');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const trailer = trailerAt >= 0 ? /^trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(text.slice(trailerAt))?.[1] : undefined;
  const size = trailer && /\/Size\s+(\d+)/.exec(trailer)?.[1];
  const root = trailer && /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  if (!startxref || !size || !root) throw new Error('withInfo: the PDF does not end in a classic trailer with /Size and /Root; its metadata cannot be added safely.');
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer!)?.[1];

  const number = Number(size);
  const separator = text.endsWith('\n') ? '' : '\n';
  const dictionary = Object.entries(fields).map(([key, value]) => `/${key} ${pdfString(value)}`).join('\n');
  const object = `${number} 0 obj\n<<${dictionary}>>\nendobj\n`;
  const objectAt = pdf.length + separator.length;
  const xrefAt = objectAt + object.length;
  // Each cross-reference entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, EOL.
  const update = [
    separator,
    object,
    `xref\n${number} 1\n${String(objectAt).padStart(10, '0')} 00000 n \n`,
    `trailer\n<</Size ${number + 1} /Root ${root} /Info ${number} 0 R${id ? ` /ID ${id}` : ''} /Prev ${startxref[1]}>>\n`,
    `startxref\n${xrefAt}\n%%EOF\n`,
  ].join('');
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}

/** A4 in twips (docx turns it for landscape), 2 cm margins, and the text width they leave. */
export const A4_SHORT = 11906;
export const A4_LONG = 16838;
export const MARGIN = 1134;
export const PORTRAIT_TEXT = A4_SHORT - 2 * MARGIN;
export const LANDSCAPE_TEXT = A4_LONG - 2 * MARGIN;

/**
 * The plan speaks Excel's file units; Office.js speaks points and "#RRGGBB".
 *
 * Column widths: the plan gives characters (the width Excel shows and stores: how many digits of
 * the default font, Calibri 11, fit); `Range.format.columnWidth` takes points. A character is the
 * maximum digit width, 7 pixels, plus 5 pixels of cell padding for the column, and a pixel is 3/4
 * of a point at 96 dpi: points = (characters × 7 + 5) × 0.75. Excel's default 8.43 characters is
 * 48 points (64 pixels).
 */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** "1F4E78" → "#1F4E78" (a colour already starting with "#" is kept). */
export function hexColour(colour: string): string {
  return colour.startsWith("#") ? colour.toUpperCase() : `#${colour.toUpperCase()}`;
}

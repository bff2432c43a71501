/**
 * What the double keeps of a cell's look: the properties an add-in of this project sets through
 * Range.numberFormat, Range.format and FormatProtection. Colours are kept as Excel reports them,
 * "#RRGGBB" in upper case.
 */
export interface CellStyle {
  numberFormat: string;
  /** FormatProtection.locked: Excel's default for every cell is locked. */
  locked: boolean;
  formulaHidden: boolean;
  /** null = no fill (Excel reports "#FFFFFF" for it, see RangeFill below). */
  fill: string | null;
  bold: boolean;
  italic: boolean;
  fontColor: string;
  fontSize: number;
  fontName: string;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
}

export const DEFAULT_STYLE: Readonly<CellStyle> = Object.freeze({
  numberFormat: "General",
  locked: true,
  formulaHidden: false,
  fill: null,
  bold: false,
  italic: false,
  fontColor: "#000000",
  fontSize: 11,
  fontName: "Calibri",
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
});

export function defaultStyle(): CellStyle {
  return { ...DEFAULT_STYLE };
}

export function isDefaultStyle(style: CellStyle): boolean {
  return (Object.keys(DEFAULT_STYLE) as (keyof CellStyle)[]).every((k) => style[k] === DEFAULT_STYLE[k]);
}

/** Text-formatted cells keep what is written as text (Excel's "@" number format). */
export function isTextFormat(numberFormat: string): boolean {
  return numberFormat === "@";
}

/** The named HTML colours Office.js accepts ("orange", "red" …), the common ones. */
const NAMED_COLOURS: Readonly<Record<string, string>> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  maroon: "#800000",
  navy: "#000080",
  teal: "#008080",
  olive: "#808000",
  aqua: "#00FFFF",
  fuchsia: "#FF00FF",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkgreen: "#006400",
  darkred: "#8B0000",
  pink: "#FFC0CB",
  lightyellow: "#FFFFE0",
};

/** "#ffa500", "FFA500", "orange" → "#FFA500"; null when Excel would reject the colour. */
export function normaliseColour(input: string): string | null {
  const s = input.trim();
  const hex = /^#?([0-9A-Fa-f]{6})$/.exec(s);
  if (hex) return `#${hex[1].toUpperCase()}`;
  const short = /^#([0-9A-Fa-f]{3})$/.exec(s);
  if (short) {
    const [r, g, b] = short[1].toUpperCase().split("");
    return `#${r}${r}${g}${g}${b}${b}`;
  }
  return NAMED_COLOURS[s.toLowerCase()] ?? null;
}

/**
 * Column widths: Office.js reports and takes RangeFormat.columnWidth in points. Excel's default
 * column is 8.43 characters of Calibri 11 = 64 pixels = 48 points. A width of w characters is
 * (w × 7 + 5) pixels (7 px per digit, 5 px padding), and 1 pixel = 0.75 points at 96 dpi; the
 * .xlsx file (and ExcelJS) stores characters.
 */
export const DEFAULT_COLUMN_WIDTH_POINTS = 48;
export const DEFAULT_ROW_HEIGHT_POINTS = 15;

export function pointsToCharacters(points: number): number {
  const pixels = points / 0.75;
  return Math.max(0, Math.round(((pixels - 5) / 7) * 100) / 100);
}

export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

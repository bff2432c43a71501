import type ExcelJS from "exceljs";
import type { CellStyle } from "../core";

/** A cell's complete look in the file: the plan's style plus whether the cell is unlocked. */
export interface CellLook extends CellStyle {
  readonly unlocked?: boolean;
}

function argb(colour: string): string {
  return `FF${colour.toUpperCase()}`;
}

function styleOf(look: CellLook): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (
    look.bold !== undefined ||
    look.italic !== undefined ||
    look.fontSize !== undefined ||
    look.fontColour !== undefined
  ) {
    // The font is named in full: a font with no name or size is drawn by LibreOffice in its own
    // default (a serif, wider than Calibri), which breaks header words in print.
    style.font = {
      name: "Calibri",
      family: 2,
      scheme: "minor",
      size: 11,
      ...(look.bold !== undefined ? { bold: look.bold } : {}),
      ...(look.italic !== undefined ? { italic: look.italic } : {}),
      ...(look.fontSize !== undefined ? { size: look.fontSize } : {}),
      ...(look.fontColour !== undefined ? { color: { argb: argb(look.fontColour) } } : {}),
    };
  }
  if (look.fill !== undefined) {
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  }
  if (look.wrap !== undefined || look.horizontal !== undefined || look.vertical !== undefined) {
    style.alignment = {
      ...(look.wrap !== undefined ? { wrapText: look.wrap } : {}),
      ...(look.horizontal !== undefined ? { horizontal: look.horizontal } : {}),
      ...(look.vertical !== undefined ? { vertical: look.vertical } : {}),
    };
  }
  if (look.numberFormat !== undefined) {
    style.numFmt = look.numberFormat;
  }
  if (look.unlocked === true) {
    style.protection = { locked: false };
  }
  return style;
}

/**
 * Every cell's look, layered (later layers win field by field), then handed to ExcelJS as one
 * shared style object per distinct look. ExcelJS recognises a style object it has seen and skips
 * serialising it again, which is most of the cost of writing a styled sheet. A cell remembers
 * only which layers it got (a short key of layer numbers), so thousands of cells with the same
 * layers cost one merge.
 */
export class SheetLooks {
  /** Cell (row × 20000 + column) → its layers' numbers joined, e.g. "0,3". */
  private readonly cells = new Map<number, string>();
  private readonly layers: CellLook[] = [];
  private readonly layerNumbers = new Map<CellLook, number>();

  add(row: number, column: number, look: CellLook | undefined): void {
    if (look === undefined) {
      return;
    }
    let n = this.layerNumbers.get(look);
    if (n === undefined) {
      n = this.layers.length;
      this.layers.push(look);
      this.layerNumbers.set(look, n);
    }
    const key = row * 20000 + column;
    const before = this.cells.get(key);
    this.cells.set(key, before === undefined ? String(n) : `${before},${n}`);
  }

  apply(ws: ExcelJS.Worksheet, shared: Map<string, Partial<ExcelJS.Style>>): void {
    const byLayers = new Map<string, Partial<ExcelJS.Style>>();
    for (const [key, layers] of this.cells) {
      let style = byLayers.get(layers);
      if (style === undefined) {
        const look = layers.split(",").reduce<CellLook>((acc, n) => ({ ...acc, ...this.layers[Number(n)] }), {});
        const id = JSON.stringify(look, Object.keys(look).sort());
        style = shared.get(id) ?? styleOf(look);
        shared.set(id, style);
        byLayers.set(layers, style);
      }
      ws.getRow(Math.floor(key / 20000)).getCell(key % 20000).style = style;
    }
  }
}

import { address, LIMITS, sheetAddress } from "../core";
import type { LimitBreach } from "../core";

/** A sheet whose used range goes past the limits of core/limits: found before its cells are read. */
export class SheetLimitError extends Error {
  constructor(readonly breach: LimitBreach) {
    super(`limit ${breach.limit} passed at ${breach.where}`);
    this.name = "SheetLimitError";
  }
}

/** The extent of a sheet's used range, 0-based as Office.js gives it. */
export interface UsedExtent {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * Throws when a used range reaches past the rows or columns the command line also reads (one value
 * at XFD1048576 makes a used range of 17 billion cells): the same limits, checked on the extent,
 * before a single value is asked of Excel.
 */
export function checkSheetExtent(sheet: string, used: UsedExtent): void {
  const lastRow = used.rowIndex + used.rowCount;
  const lastColumn = used.columnIndex + used.columnCount;
  if (lastRow > LIMITS.rows) {
    throw new SheetLimitError({
      limit: "rows",
      max: LIMITS.rows,
      where: sheetAddress(sheet, address(lastRow, lastColumn)),
    });
  }
  if (lastColumn > LIMITS.columns) {
    throw new SheetLimitError({
      limit: "columns",
      max: LIMITS.columns,
      where: sheetAddress(sheet, address(lastRow, lastColumn)),
    });
  }
}

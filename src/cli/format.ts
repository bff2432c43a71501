import type { CommandContext } from "./context";

/** "Sheet!E9 (rad 1.A3)", "Sheet (rad 1.A3)", "Sheet!E9" or "Arbetsboken": where a problem is. */
export function location(ctx: CommandContext, sheet: string | null, cell: string | null, rowId: string | null): string {
  const place = sheet === null ? ctx.t("wholeWorkbook") : cell === null ? sheet : `${sheet}!${cell}`;
  return rowId === null ? place : `${place} (${ctx.t("rowLabel", { id: rowId })})`;
}

/** Sort key of an A1 address: row first, then column. */
export function cellOrder(cell: string | null): [number, number] {
  const m = /^([A-Z]+)([0-9]+)$/.exec(cell ?? "");
  if (m === null) {
    return [0, 0];
  }
  const column = [...(m[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), column];
}

export interface TableColumn {
  readonly header: string;
  readonly align?: "left" | "right";
}

/** A plain-text table: columns padded to their widest cell, two spaces between. */
export function table(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string[] {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => {
        const width = widths[i] ?? cell.length;
        return columns[i]?.align === "right" ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

/** "1.A1, 1.A2, … (12 rader)" style lists stay short: the first `max` IDs and an ellipsis. */
export function shortList(ids: readonly string[], max = 8): string {
  return ids.length <= max ? ids.join(", ") : `${ids.slice(0, max).join(", ")}, …`;
}

import type { Page } from "playwright-core";
import type { SheetGrid } from "../../../src/core";
import type { ExcelDouble } from "../../excel-double";
import { InMemoryWorkbook, SheetModel } from "../../excel-double";

/**
 * Reading the Excel test double out of the page. page.evaluate sends its callback to the page as
 * source text, so each callback below stands alone: it names the double through the page's global
 * (the cast is erased when compiled) and returns plain data.
 */
export interface DoublePage {
  readonly excelDouble: ExcelDouble;
}

/** The workbook's sheets as the core reads them (readWorkbook). */
export function workbookGrids(page: Page): Promise<SheetGrid[]> {
  return page.evaluate(() => (globalThis as unknown as DoublePage).excelDouble.workbook.toSheetGrids());
}

export interface SheetFacts {
  readonly name: string;
  readonly visibility: string;
  readonly protected: boolean;
}
export interface TableFacts {
  readonly name: string;
  readonly sheet: string;
  /** Data rows' first-column values (the row IDs of an area table). */
  readonly firstColumn: unknown[];
  /** 0-based row and column of the header row's first cell. */
  readonly headerRow: number;
  readonly firstColumnIndex: number;
}

export function sheetFacts(page: Page): Promise<SheetFacts[]> {
  return page.evaluate(() =>
    (globalThis as unknown as DoublePage).excelDouble.workbook.sheets
      .filter((s) => !s.deleted)
      .map((s) => ({ name: s.name, visibility: s.visibility, protected: s.protection.protected }))
  );
}

export function tableFacts(page: Page): Promise<TableFacts[]> {
  return page.evaluate(() => {
    const wb = (globalThis as unknown as DoublePage).excelDouble.workbook;
    return wb.tables
      .filter((t) => !t.deleted)
      .map((t) => {
        const firstColumn: unknown[] = [];
        for (let r = t.area.r0 + 1; r <= t.area.r1; r++) firstColumn.push(wb.displayValue(t.sheet, r, t.area.c0));
        return { name: t.name, sheet: t.sheet.name, firstColumn, headerRow: t.area.r0, firstColumnIndex: t.area.c0 };
      });
  });
}

export interface CellFacts {
  readonly value: unknown;
  readonly numberFormat: string;
  readonly locked: boolean;
  readonly validation: { readonly type: string; readonly source: string | null } | null;
}

/** What the double holds at each sheet!address: value, number format, lock and validation rule. */
export function cellFacts(page: Page, cells: readonly { sheet: string; address: string }[]): Promise<CellFacts[]> {
  return page.evaluate(
    (list) =>
      list.map(({ sheet, address }) => {
        const c = (globalThis as unknown as DoublePage).excelDouble.workbook.cell(sheet, address);
        const rule = c.validation?.rule ?? null;
        return {
          value: c.value,
          numberFormat: c.numberFormat,
          locked: c.locked,
          validation: rule === null ? null : { type: rule.type, source: rule.type === "List" ? rule.source : null },
        };
      }),
    cells.map((c) => ({ sheet: c.sheet, address: c.address }))
  );
}

export interface SelectionFacts {
  readonly activeSheet: string;
  readonly sheet: string;
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export function selection(page: Page): Promise<SelectionFacts> {
  return page.evaluate(() => {
    const wb = (globalThis as unknown as DoublePage).excelDouble.workbook;
    return { activeSheet: wb.activeSheet.name, sheet: wb.selection.sheet.name, ...wb.selection.area };
  });
}

export function settingValue(page: Page, key: string): Promise<unknown> {
  return page.evaluate((k) => {
    const s = (globalThis as unknown as DoublePage).excelDouble.workbook.settings.find(
      (x) => x.key === k && !x.deleted
    );
    return s === undefined ? undefined : s.value;
  }, key);
}

/** Simulates someone typing into a cell in Excel (not through the add-in), e.g. a typo in a status cell. */
export function typeInCell(page: Page, sheet: string, address: string, text: string): Promise<void> {
  return page.evaluate(
    ([s, a, v]) => {
      const wb = (globalThis as unknown as DoublePage).excelDouble.workbook;
      const m = /^([A-Z]+)(\d+)$/.exec(a);
      if (m === null) throw new Error(`Not a cell address: ${a}`);
      let column = 0;
      for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
      wb.writeInput(wb.sheet(s), Number(m[2]) - 1, column - 1, { kind: "constant", value: v });
    },
    [sheet, address, text] as const
  );
}

// ---- the whole workbook, carried from the page to Node ----------------------------------------

type Encoded = string | number | boolean | null | { readonly $ref: number } | { readonly $special: string };
interface EncodedNode {
  readonly kind: "array" | "map" | "set" | "object";
  /** The class of an object that is not a plain object. */
  readonly cls: string | null;
  readonly entries: [Encoded, Encoded][];
}
export interface EncodedGraph {
  readonly root: Encoded;
  readonly nodes: EncodedNode[];
}

/**
 * The double's workbook as a graph of plain data (shared objects and cycles kept: a table points
 * at its sheet). Runs in the page; stands alone, as page.evaluate needs.
 */
function encodeWorkbookInPage(): EncodedGraph {
  const root: unknown = (globalThis as unknown as DoublePage).excelDouble.workbook;
  const ids = new Map<object, number>();
  const nodes: EncodedNode[] = [];
  const encode = (v: unknown): Encoded => {
    if (v === undefined) return { $special: "undefined" };
    if (typeof v === "number" && !Number.isFinite(v)) return { $special: String(v) };
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
    if (typeof v !== "object")
      throw new Error(`The workbook holds a ${typeof v}: it cannot be carried out of the page.`);
    const known = ids.get(v);
    if (known !== undefined) return { $ref: known };
    const id = nodes.length;
    ids.set(v, id);
    const entries: [Encoded, Encoded][] = [];
    const proto = Object.getPrototypeOf(v) as object | null;
    const kind = Array.isArray(v) ? "array" : v instanceof Map ? "map" : v instanceof Set ? "set" : "object";
    const cls = kind === "object" && proto !== Object.prototype && proto !== null ? v.constructor.name : null;
    const node: EncodedNode = { kind, cls, entries };
    nodes.push(node);
    if (v instanceof Map) for (const [k, x] of v) entries.push([encode(k), encode(x)]);
    else if (v instanceof Set) for (const x of v) entries.push([encode(x), null]);
    else for (const [k, x] of Object.entries(v)) entries.push([k, encode(x)]);
    return { $ref: id };
  };
  return { root: encode(root), nodes };
}

/** The classes of the double's model that the graph may hold, by name. */
const CLASSES: Readonly<Record<string, object>> = {
  InMemoryWorkbook: InMemoryWorkbook.prototype,
  SheetModel: SheetModel.prototype,
};

function decodeGraph(graph: EncodedGraph): unknown {
  const made = graph.nodes.map((n): object => {
    if (n.kind === "array") return [];
    if (n.kind === "map") return new Map();
    if (n.kind === "set") return new Set();
    if (n.cls === null) return {};
    const proto = CLASSES[n.cls];
    if (proto === undefined)
      throw new Error(`The page's workbook holds a ${n.cls}, which the e2e support cannot rebuild.`);
    return Object.create(proto) as object;
  });
  const decode = (e: Encoded): unknown => {
    if (e === null || typeof e !== "object") return e;
    if ("$special" in e) return e.$special === "undefined" ? undefined : Number(e.$special);
    const target = made[e.$ref];
    if (target === undefined) throw new Error(`Broken workbook graph: no node ${e.$ref}.`);
    return target;
  };
  graph.nodes.forEach((n, i) => {
    const target = made[i];
    for (const [k, v] of n.entries) {
      if (target instanceof Map) target.set(decode(k), decode(v));
      else if (target instanceof Set) target.add(decode(k));
      else if (Array.isArray(target)) target.push(decode(v));
      else (target as Record<string, unknown>)[String(k)] = decode(v);
    }
  });
  return decode(graph.root);
}

/**
 * The page's workbook rebuilt in Node as an InMemoryWorkbook (the double's own classes), so
 * Node-side tools (saveDoubleAsXlsx) work on exactly what the task pane wrote.
 */
export async function workbookFromPage(page: Page): Promise<InMemoryWorkbook> {
  const rebuilt = decodeGraph(await page.evaluate(encodeWorkbookInPage));
  if (!(rebuilt instanceof InMemoryWorkbook))
    throw new Error("The page's excelDouble.workbook is no InMemoryWorkbook.");
  return rebuilt;
}

import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check/check-workbook";
import { collectEntries } from "../../../src/core/check/entries";
import type { Finding } from "../../../src/core/findings/finding";
import { ROW_RULES } from "../../../src/core/check/rules";
import { renderFinding } from "../../../src/core/i18n/finding-messages";
import { LANGS } from "../../../src/core/lang";
import { EXCEL_CELL_TEXT_LIMIT, type RawCell } from "../../../src/core/workbook/cell";
import { AREA_COLUMNS, type AreaColumnKey } from "../../../src/core/layout/workbook-layout";
import { ACTIVITY_STATUS, ASSESSMENT } from "../../../src/core/vocabulary/vocabularies";
import {
  FIRST_DATA_ROW,
  fixtureProgramme,
  generatedSheets,
  workbookRead,
  type RowSpec,
  type SheetSpec,
} from "./workbook-read-builder";

const programme = fixtureProgramme();
const INPUT_COLUMNS: readonly AreaColumnKey[] = AREA_COLUMNS.filter((c) => c.input).map((c) => c.key);
const ALL_COLUMNS: readonly AreaColumnKey[] = AREA_COLUMNS.map((c) => c.key);
const ROW_CODES = new Set<string>(ROW_RULES.map((r) => r.code));

const hugeText = fc
  .tuple(
    fc.string({ minLength: 1, maxLength: 3 }),
    fc.integer({ min: EXCEL_CELL_TEXT_LIMIT - 2, max: EXCEL_CELL_TEXT_LIMIT + 40 })
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

const labelish = fc.constantFrom(
  ...[...ACTIVITY_STATUS, ...ASSESSMENT].flatMap((t) => [t.sv, t.en, t.sv.toLowerCase(), ` ${t.sv}`])
);

const scalar: fc.Arbitrary<string | number | boolean | null> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  labelish,
  fc.constantFrom("1 234,5", "ca 200", "-5", "KSF", "ksf", "1.A1", "#REF!", "=SUM(A1)", "  ", "\u00A0"),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, -1),
  fc.integer(),
  fc.boolean(),
  fc.constant(null)
);

const junkCell: fc.Arbitrary<RawCell> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: hugeText },
  {
    weight: 2,
    arbitrary: fc.record({ formula: fc.string({ maxLength: 30 }), result: scalar }, { requiredKeys: ["formula"] }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      error: fc.oneof(fc.constantFrom("#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?"), fc.string()),
    }),
  }
);

/** Junk laid over some cells of some generated rows: [area index, row index, column, cell]. */
function junkEdits(columns: readonly AreaColumnKey[]) {
  return fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...columns), junkCell), { maxLength: 25 });
}

function applyJunk(edits: readonly (readonly [number, number, AreaColumnKey, RawCell])[]): SheetSpec[] {
  const sheets = generatedSheets(programme).map((s) => ({ ...s, rows: s.rows.map((r) => ({ ...r })) }));
  for (const [a, r, key, cell] of edits) {
    const sheet = sheets[a % sheets.length] as { rows: RowSpec[] };
    const row = sheet.rows[r % sheet.rows.length] as RowSpec;
    row[key] = cell;
  }
  return sheets;
}

/** Row ID expected at each sheet!row, from the ID cell as it stands (trimmed text, or none). */
function idsAt(sheets: readonly SheetSpec[]): Map<string, string | null> {
  const ids = new Map<string, string | null>();
  for (const sheet of sheets) {
    sheet.rows.forEach((row, i) => {
      const id = row.id;
      const text = typeof id === "string" || typeof id === "number" || typeof id === "boolean" ? String(id).trim() : "";
      ids.set(`${sheet.name}!${FIRST_DATA_ROW + i}`, text === "" ? null : text);
    });
  }
  return ids;
}

function rowNumberOf(cell: string): number {
  return Number(cell.replace(/^[A-Z]+/, ""));
}

function expectPlaced(f: Finding, ids: ReadonlyMap<string, string | null>): void {
  if (ROW_CODES.has(f.code) || f.code === "duplicateId") {
    expect(f.sheet).not.toBeNull();
    expect(f.cell).toMatch(/^[A-Z]+[0-9]+$/);
    const expected = ids.get(`${f.sheet ?? ""}!${rowNumberOf(f.cell ?? "")}`);
    expect(expected).not.toBeUndefined();
    // A formula or error in the ID cell gives no row ID; a typed ID is named as typed.
    if (f.rowId !== null) {
      expect(f.rowId).toBe(expected);
    }
  } else if (f.code === "lostRow") {
    expect(f.sheet).not.toBeNull();
    expect(f.rowId).not.toBeNull();
  } else {
    expect(f.code).toBe("notReported");
  }
  for (const lang of LANGS) {
    const text = renderFinding(f, lang);
    expect(text).not.toMatch(/undefined|\[object/);
    if (f.sheet !== null) {
      expect(text.startsWith(f.sheet)).toBe(true);
    }
  }
}

describe("junk in any cell never breaks the check", () => {
  it("junk in the input cells: no throw, every finding placed on its row and its programme row ID", () => {
    fc.assert(
      fc.property(junkEdits(INPUT_COLUMNS), (edits) => {
        const sheets = applyJunk(edits);
        const read = workbookRead(sheets);
        const findings = checkWorkbook(read, programme);
        const ids = idsAt(sheets);
        for (const f of findings) {
          expectPlaced(f, ids);
          if (ROW_CODES.has(f.code)) {
            expect(f.rowId).not.toBeNull();
          }
        }
        expect(
          findings.filter((f) => f.code === "lostRow" || f.code === "unknownRow" || f.code === "missingId")
        ).toEqual([]);
        expect(collectEntries(read, programme)).toHaveLength(programme.areas.reduce((n, a) => n + a.rows.length, 0));
      }),
      { numRuns: 150 }
    );
  });

  it("junk in any cell at all, IDs and types included: no throw, every finding placed", () => {
    fc.assert(
      fc.property(junkEdits(ALL_COLUMNS), (edits) => {
        const sheets = applyJunk(edits);
        const read = workbookRead(sheets);
        const findings = checkWorkbook(read, programme);
        const ids = idsAt(sheets);
        for (const f of findings) {
          expectPlaced(f, ids);
        }
        collectEntries(read, programme);
      }),
      { numRuns: 150 }
    );
  });

  it("a cell left as generated is never blamed", () => {
    fc.assert(
      fc.property(junkEdits(INPUT_COLUMNS), (edits) => {
        const sheets = applyJunk(edits);
        const touched = new Set<string>();
        for (const [a, r, key] of edits) {
          const sheet = sheets[a % sheets.length] as SheetSpec;
          const row = r % sheet.rows.length;
          touched.add(`${sheet.name}!${FIRST_DATA_ROW + row}!${key}`);
          // commentRequired blames the empty comment beside a status typed in the same row.
          touched.add(`${sheet.name}!${FIRST_DATA_ROW + row}!comment`);
        }
        for (const f of checkWorkbook(workbookRead(sheets), programme)) {
          if (f.cell === null || f.sheet === null) {
            continue;
          }
          const column = ALL_COLUMNS[(f.cell.match(/^[A-Z]+/)?.[0].charCodeAt(0) ?? 0) - 65];
          expect(touched.has(`${f.sheet}!${rowNumberOf(f.cell)}!${column ?? "?"}`)).toBe(true);
        }
      }),
      { numRuns: 100 }
    );
  });
});

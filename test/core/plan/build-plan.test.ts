import { readFileSync } from "fs";
import { join } from "path";
import { APP_VERSION, buildWorkbookPlan, type PlanOptions } from "../../../src/core/plan/build-plan";
import { cellsOf, parseAddress, parseRange } from "../../../src/core/plan/a1";
import { JSON_CHUNK_SIZE, DATA_LAYOUT, DATA_FIRST_ROW } from "../../../src/core/layout/data-sheet-layout";
import { RETIRED_SHEET } from "../../../src/core/layout/retired-layout";
import {
  DONE_BLOCK_HEADERS,
  OVERALL_KEY,
  SUMMARY_COLUMNS,
  SUMMARY_TABLE_HEADER_ROW,
  DRAFT_TEXT_LABEL,
} from "../../../src/core/layout/summary-layout";
import type { SheetPlan, WorkbookPlan } from "../../../src/core/plan/types";
import { defaultProgramme } from "../../../src/core/programme/default-programme";
import { ProgrammeSchema, type Programme } from "../../../src/core/programme/schema";
import type { EnteredValues } from "../../../src/core/read/types";
import {
  ACTIVITY_STATUS,
  ASSESSMENT,
  TREND,
  BETTER_WHEN_LABEL,
  ROW_TYPE_LABEL,
  SHAPE_SYMBOL,
  symbolOf,
} from "../../../src/core/vocabulary/vocabularies";
import { address, columnLetter, type RawCell } from "../../../src/core/workbook/cell";
import {
  AREA_COLUMNS,
  AREA_TABLE_HEADER_ROW,
  DATA_SHEET,
  SUMMARY_SHEET,
  areaTableName,
  columnIndex,
  type AreaColumnKey,
} from "../../../src/core/layout/workbook-layout";
import { handSummary, smallProgramme } from "../../support/plan-fixtures";
import { sheetToGrid } from "../../support/plan-grids";

const YEAR = 2019;

/** A trend cell shows the term's shape and label, so it reads in black-and-white print. */
function trendShown(code: string): string | undefined {
  const t = TREND.find((x) => x.code === code);
  return t === undefined ? undefined : `${SHAPE_SYMBOL[t.shape]} ${t.sv}`;
}
const META = { generatedAt: "2020-01-15T10:00:00.000Z" };

function plan(programme: Programme, extra: Partial<PlanOptions> = {}): WorkbookPlan {
  return buildWorkbookPlan(programme, { year: YEAR, summary: handSummary(programme, YEAR), meta: META, ...extra });
}

function sheet(p: WorkbookPlan, name: string): SheetPlan {
  const s = p.sheets.find((x) => x.name === name);
  if (s === undefined) {
    throw new Error(`no sheet ${name}`);
  }
  return s;
}

function col(key: AreaColumnKey): number {
  return columnIndex(key) + 1;
}

/** The cells a "=Sheet!$A$1:$A$5" source points at, read from the plan's own sheets. */
function resolve(p: WorkbookPlan, source: string): RawCell[] {
  const m = /^=('?)([^'!]+)\1!(\$[A-Z]+\$[0-9]+(?::\$[A-Z]+\$[0-9]+)?)$/.exec(source);
  if (m === null || m[2] === undefined || m[3] === undefined) {
    throw new Error(`not a range source: ${source}`);
  }
  const grid = sheetToGrid(sheet(p, m[2]));
  const range = parseRange(m[3]);
  if (range === null) {
    throw new Error(`bad range ${m[3]}`);
  }
  return cellsOf(range).map((c) => grid.cells[c.row - 1]?.[c.column - 1] ?? null);
}

/** The data rows of an area sheet's table, keyed by row ID. */
function tableRows(s: SheetPlan): Map<string, readonly RawCell[]> {
  const t = s.tables[0];
  if (t === undefined) {
    throw new Error("no table");
  }
  return new Map(t.rows.map((r) => [String(r[columnIndex("id")]), r]));
}

function cellOf(row: readonly RawCell[] | undefined, key: AreaColumnKey): RawCell | undefined {
  return row?.[columnIndex(key)];
}

function validationAt(s: SheetPlan, a1: string): string | null {
  const p = parseAddress(a1);
  if (p === null) {
    return null;
  }
  const hits = s.validations.filter((v) => {
    const r = parseRange(v.range);
    return r !== null && p.row >= r.top && p.row <= r.bottom && p.column >= r.left && p.column <= r.right;
  });
  if (hits.length > 1) {
    throw new Error(`${a1} has ${hits.length} validations`);
  }
  return hits[0]?.source ?? null;
}

describe("buildWorkbookPlan: sheets", () => {
  test("the summary comes first, then every area and guideline in programme order, then the hidden data sheet", () => {
    const programme = defaultProgramme();
    const p = plan(programme);
    expect(p.sheets.map((s) => s.name)).toEqual([
      SUMMARY_SHEET,
      ...programme.areas.map((a) => a.sheetName),
      DATA_SHEET,
    ]);
    expect(p.sheets.map((s) => s.role)).toEqual(["summary", ...programme.areas.map(() => "area"), "data"]);
    expect(sheet(p, DATA_SHEET).visibility).toBe("hidden");
    expect(p.sheets.filter((s) => s.role !== "data").every((s) => s.visibility === "visible")).toBe(true);
  });

  test("sheet names follow Excel's rules and are unique regardless of case", () => {
    const p = plan(defaultProgramme());
    for (const s of p.sheets) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[[\]:*?/\\]/);
    }
    const lower = p.sheets.map((s) => s.name.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  test("an area whose sheet name is one of the workbook's own gets its ID added, and the index records it", () => {
    const base = smallProgramme();
    const programme = ProgrammeSchema.parse({
      ...base,
      areas: base.areas.map((a, i) => (i === 0 ? { ...a, sheetName: "programdata" } : a)),
    });
    const p = plan(programme);
    const names = p.sheets.map((s) => s.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const renamed = p.sheets.find((s) => s.areaId === "1");
    expect(renamed?.name).toBe("programdata 1");
    const index = sheetToGrid(sheet(p, DATA_SHEET));
    const indexRow = index.cells.find((r) => r[DATA_LAYOUT.sheetIndex.areaIdColumn - 1] === "1");
    expect(indexRow?.[DATA_LAYOUT.sheetIndex.sheetColumn - 1]).toBe("programdata 1");
  });

  test("the retired sheet appears only when there are retired rows, and keeps their values raw", () => {
    const programme = smallProgramme();
    expect(plan(programme).sheets.some((s) => s.name === RETIRED_SHEET)).toBe(false);
    const values: EnteredValues = { status: "Pågår", done: "=ingen formel", value: 12, comment: { error: "#N/A" } };
    const p = plan(programme, {
      retired: [
        { rowId: "1.A9", type: "activity", areaId: "1", sheet: "1 Trygghet", text: "Gammal aktivitet", values },
      ],
    });
    const retired = sheet(p, RETIRED_SHEET);
    expect(p.sheets[p.sheets.length - 1]?.name).toBe(RETIRED_SHEET);
    const t = retired.tables[0];
    const header = t?.columns.map((c) => c.header) ?? [];
    const row = t?.rows[0] ?? [];
    expect(row[header.indexOf("ID")]).toBe("1.A9");
    expect(row[header.indexOf("Status/bedömning")]).toBe("Pågår");
    expect(row[header.indexOf("Genomfört under året")]).toBe("=ingen formel");
    expect(row[header.indexOf("Värde i år")]).toBe(12);
    expect(row[header.indexOf("Kommentar/analys")]).toEqual({ error: "#N/A" });
  });

  test("the app version in the meta data is the package's", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "../../../package.json"), "utf8")) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });
});

describe("buildWorkbookPlan: area sheets", () => {
  const programme = smallProgramme();
  const area = programme.areas[0];
  if (area === undefined) {
    throw new Error("fixture has no area");
  }

  test("the table has exactly the AREA_COLUMNS, its header at AREA_TABLE_HEADER_ROW, one row per programme row in order", () => {
    const s = sheet(plan(programme), area.sheetName);
    expect(s.tables).toHaveLength(1);
    const t = s.tables[0];
    expect(t?.name).toBe(areaTableName(area.id));
    expect(t?.topLeft).toBe(`A${AREA_TABLE_HEADER_ROW}`);
    expect(t?.columns.map((c) => c.header)).toEqual(AREA_COLUMNS.map((c) => c.header));
    expect(t?.rows.map((r) => r[columnIndex("id")])).toEqual(area.rows.map((r) => r.id));
    expect(t?.rows.every((r) => r.length === AREA_COLUMNS.length)).toBe(true);
    expect(t?.showFilterButton).toBe(true);
  });

  test("with the sheet's own row order, the table keeps it and rows it does not name follow; the data sheet keeps the programme's", () => {
    const ids = area.rows.map((r) => r.id);
    const [first, ...rest] = ids;
    if (first === undefined || rest.length < 2) throw new Error("fixture needs three rows");
    const sheetOrder = [...rest].reverse();
    const ordered = plan(programme, { sheetRowOrder: new Map([[area.id, sheetOrder]]) });
    const table = sheet(ordered, area.sheetName).tables[0];
    expect(table?.rows.map((r) => r[columnIndex("id")])).toEqual([...sheetOrder, first]);
    const dataOf = (p: WorkbookPlan): SheetPlan | undefined => p.sheets.find((s) => s.role === "data");
    expect(dataOf(ordered)).toEqual(dataOf(plan(programme)));
    expect(ordered.names).toEqual(plan(programme).names);
  });

  test("text columns are text-formatted, the others not", () => {
    const t = sheet(plan(programme), area.sheetName).tables[0];
    AREA_COLUMNS.forEach((c, i) =>
      expect([c.key, t?.columns[i]?.numberFormat]).toEqual([c.key, c.text ? "@" : "General"])
    );
  });

  test("programme-written cells come from the programme", () => {
    const rows = tableRows(sheet(plan(programme), area.sheetName));
    for (const r of area.rows) {
      const row = rows.get(r.id);
      expect(cellOf(row, "type")).toBe(ROW_TYPE_LABEL[r.type].sv);
      expect(cellOf(row, "text")).toBe(r.text.text);
      expect(cellOf(row, "department")).toBe(r.department);
      expect(cellOf(row, "unit")).toBe(r.indicator?.unit ?? null);
      expect(cellOf(row, "target")).toBe(r.indicator?.target ?? null);
      expect(cellOf(row, "betterWhen")).toBe(
        r.indicator === null ? null : BETTER_WHEN_LABEL[r.indicator.betterWhen].sv
      );
      expect(cellOf(row, "lastYear")).toBe(r.indicator?.history[String(YEAR - 1)] ?? null);
    }
  });

  test("entries are written back raw, junk included, and only where given; formulas as their text", () => {
    const junk: Record<string, EnteredValues> = {
      "1.M1": { status: "i fas ", comment: '=HYPERLINK("x")', done: 42, changed: true },
      "1.A1": {
        department: "Okänd avd",
        status: { error: "#REF!" },
        done: "+46 8 123",
        comment: "-minus",
        value: "tolv",
      },
      "1.I1": { value: { formula: "=1+1", result: 2 }, lastYear: null, status: "Pågår", department: null },
    };
    const rows = tableRows(sheet(plan(programme, { values: new Map(Object.entries(junk)) }), area.sheetName));
    const areaSheet = sheet(plan(programme, { values: new Map(Object.entries(junk)) }), area.sheetName);
    for (const [id, values] of Object.entries(junk)) {
      for (const [key, value] of Object.entries(values)) {
        if (typeof value === "object" && value !== null && "formula" in value) continue;
        expect([id, key, cellOf(rows.get(id), key as AreaColumnKey)]).toEqual([id, key, value]);
      }
    }
    // A pasted formula comes back as its text, never live: in a text column in the table, in a
    // number column (General) by a text-formatted block of its own, so Excel cannot revive it.
    expect(cellOf(rows.get("1.M1"), "comment")).toBe('=HYPERLINK("x")');
    expect(cellOf(rows.get("1.I1"), "value")).toBeNull();
    const row = AREA_TABLE_HEADER_ROW + 1 + area.rows.findIndex((r) => r.id === "1.I1");
    expect(areaSheet.blocks).toContainEqual({
      topLeft: address(row, col("value")),
      cells: [["=1+1"]],
      style: { numberFormat: "@" },
    });
    // Not given: the programme's default stays.
    expect(cellOf(rows.get("1.M1"), "department")).toBe("KSF");
    expect(cellOf(rows.get("1.A2"), "status")).toBeNull();
    // Given as null: stays empty even where the programme has a default.
    expect(cellOf(rows.get("1.I1"), "lastYear")).toBeNull();
    expect(cellOf(rows.get("1.I1"), "department")).toBeNull();
  });

  test("the trend is a formula on the row's own cells with the result the core computes", () => {
    const cases: [RawCell, RawCell, string][] = [
      [75, 71, "better"],
      [71, 71, "unchanged"],
      [60, 71, "worse"],
      [null, 71, "noData"],
      ["tolv", 71, "noData"],
      // A formula is written back as its text: no number to compare.
      [{ formula: "=80", result: 80 }, 71, "noData"],
    ];
    for (const [value, lastYear, expected] of cases) {
      const rows = tableRows(
        sheet(plan(programme, { values: new Map([["1.I1", { value, lastYear }]]) }), area.sheetName)
      );
      const row = rows.get("1.I1");
      const sheetRow = AREA_TABLE_HEADER_ROW + 1 + area.rows.findIndex((r) => r.id === "1.I1");
      const trend = cellOf(row, "trend");
      expect(trend).toEqual({
        formula: expect.stringContaining(`ISNUMBER(${address(sheetRow, col("value"))})`),
        result: trendShown(expected),
      });
    }
    // Lower is better turns the direction round (G1.I1: costs).
    const g1 = programme.areas[1];
    const rows = tableRows(
      sheet(
        plan(programme, { values: new Map([["G1.I1", { value: 900000, lastYear: 1200000 }]]) }),
        g1?.sheetName ?? ""
      )
    );
    expect(cellOf(rows.get("G1.I1"), "trend")).toMatchObject({ result: trendShown("better") });
    // Rows without an indicator have no trend.
    expect(cellOf(rows.get("G1.M1"), "trend")).toBeNull();
  });

  test("status cells validate against the right vocabulary range on the data sheet, departments against the departments; no inline lists", () => {
    const p = plan(programme);
    const s = sheet(p, area.sheetName);
    for (const v of s.validations) {
      expect(v.source).toMatch(/^=Programdata!\$[A-Z]+\$[0-9]+:\$[A-Z]+\$[0-9]+$/);
    }
    area.rows.forEach((r, i) => {
      const row = AREA_TABLE_HEADER_ROW + 1 + i;
      const status = validationAt(s, address(row, col("status")));
      const expected = r.type === "goal" ? ASSESSMENT : r.type === "activity" ? ACTIVITY_STATUS : null;
      if (expected === null) {
        expect(status).toBeNull();
      } else {
        expect(status === null ? null : resolve(p, status)).toEqual(expected.map((t) => t.sv));
      }
      const dept = validationAt(s, address(row, col("department")));
      expect(dept === null ? null : resolve(p, dept)).toEqual(programme.departments.map((d) => d.code));
    });
    for (const v of s.validations) {
      expect(v.errorTitle.length).toBeLessThanOrEqual(32);
      expect(v.errorMessage.length).toBeLessThanOrEqual(225);
    }
  });

  test("exactly the input columns of the data rows are unlocked on the protected sheet", () => {
    const s = sheet(plan(programme), area.sheetName);
    expect(s.protection.protected).toBe(true);
    expect(s.protection.password).toBeNull();
    const unlocked = new Set(
      s.protection.unlockedRanges.flatMap((r) => {
        const range = parseRange(r);
        return range === null ? [] : cellsOf(range).map((c) => address(c.row, c.column));
      })
    );
    const expected = new Set<string>();
    area.rows.forEach((_, i) =>
      AREA_COLUMNS.forEach((c, ci) => {
        if (c.input) {
          expected.add(address(AREA_TABLE_HEADER_ROW + 1 + i, ci + 1));
        }
      })
    );
    expect([...unlocked].sort()).toEqual([...expected].sort());
  });

  test("one conditional format per status and trend term, in the term's colours (a status with its shape), over the data rows; kronor grouped", () => {
    const s = sheet(plan(programme), area.sheetName);
    const lastRow = AREA_TABLE_HEADER_ROW + area.rows.length;
    const statusRange = `${columnLetter(col("status"))}${AREA_TABLE_HEADER_ROW + 1}:${columnLetter(col("status"))}${lastRow}`;
    const trendRange = `${columnLetter(col("trend"))}${AREA_TABLE_HEADER_ROW + 1}:${columnLetter(col("trend"))}${lastRow}`;
    for (const t of [...ACTIVITY_STATUS, ...ASSESSMENT]) {
      const rules = s.conditionalFormats.filter((f) => f.range === statusRange && f.formula.endsWith(`="${t.sv}"`));
      expect(rules).toEqual([
        {
          range: statusRange,
          formula: `=$${columnLetter(col("status"))}${AREA_TABLE_HEADER_ROW + 1}="${t.sv}"`,
          fill: t.colour,
          fontColour: t.fontColour,
          numberFormat: `"${symbolOf(t)} "@`,
        },
      ]);
    }
    const unit = `$${columnLetter(col("unit"))}${AREA_TABLE_HEADER_ROW + 1}`;
    for (const key of ["value", "lastYear", "target"] as const) {
      const letter = columnLetter(col(key));
      expect(s.conditionalFormats).toContainEqual({
        range: `${letter}${AREA_TABLE_HEADER_ROW + 1}:${letter}${lastRow}`,
        formula: `=${unit}="kr"`,
        numberFormat: "#,##0",
      });
    }
    const text = columnLetter(col("text"));
    const examples = s.conditionalFormats.filter((f) => f.numberFormat === '@" [exempeltext]"');
    expect(examples.every((f) => f.range === `${text}${AREA_TABLE_HEADER_ROW + 1}:${text}${lastRow}`)).toBe(true);
    expect(examples.length).toBe(area.rows.some((r) => r.text.provenance === "example") ? 1 : 0);
    for (const t of TREND) {
      expect(
        s.conditionalFormats.filter(
          (f) => f.range === trendRange && f.formula.endsWith(`="${trendShown(t.code) ?? ""}"`) && f.fill === t.colour
        )
      ).toHaveLength(1);
    }
  });

  test("example rows are marked row by row, by ID, so the mark follows its row when the table is sorted", () => {
    const [confirmed, ...rest] = area.rows;
    if (confirmed === undefined) throw new Error("fixture");
    const mixed = ProgrammeSchema.parse({
      ...programme,
      areas: programme.areas.map((a) =>
        a.id === area.id
          ? {
              ...a,
              rows: a.rows.map((r) =>
                r.id === confirmed.id ? { ...r, text: { ...r.text, provenance: "confirmed" } } : r
              ),
            }
          : a
      ),
    });
    const rules = sheet(plan(mixed), area.sheetName).conditionalFormats.filter(
      (f) => f.numberFormat === '@" [exempeltext]"'
    );
    const named = rules.flatMap((f) => [...f.formula.matchAll(/="([^"]+)"/g)].map((m) => m[1]));
    expect(named.sort()).toEqual(
      rest
        .filter((r) => r.text.provenance === "example")
        .map((r) => r.id)
        .sort()
    );
    expect(rules.every((f) => f.formula.length < 600)).toBe(true);
    // An example indicator's last-year figure is marked too, in its own column.
    const figures = sheet(plan(mixed), area.sheetName).conditionalFormats.filter(
      (f) => f.numberFormat === 'General" [exempel]"'
    );
    const lastYear = columnLetter(col("lastYear"));
    expect(figures.every((f) => f.range.startsWith(lastYear))).toBe(true);
    expect(figures.flatMap((f) => [...f.formula.matchAll(/="([^"]+)"/g)].map((m) => m[1])).sort()).toEqual(
      rest
        .filter((r) => r.text.provenance === "example" && r.type === "indicator")
        .map((r) => r.id)
        .sort()
    );
  });

  test("frozen header and first columns, widths from AREA_COLUMNS, A4 landscape print with the header row repeated", () => {
    const s = sheet(plan(programme), area.sheetName);
    expect(s.frozen).toEqual({ rows: AREA_TABLE_HEADER_ROW, columns: 3 });
    expect(s.columnWidths).toEqual(AREA_COLUMNS.map((c, i) => ({ column: columnLetter(i + 1), width: c.width })));
    expect(s.print).toMatchObject({
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      printTitleRows: `${AREA_TABLE_HEADER_ROW}:${AREA_TABLE_HEADER_ROW}`,
    });
    // The programme name has an "&": doubled, since "&" starts a header code.
    expect(s.print?.header.center).toBe("Program för trygghet && säkerhet 2018–2021 – uppföljning 2019");
    expect(s.print?.footer.center).toBe("Sida &P av &N");
  });

  test("the header block names the area in A1 and marks example texts", () => {
    const p = plan(programme);
    const s1 = sheetToGrid(sheet(p, area.sheetName));
    expect(s1.cells[0]?.[0]).toBe(area.id);
    expect(s1.cells[0]?.[1]).toBe(area.name.text);
    const text1 = s1.cells
      .slice(0, 5)
      .flat()
      .filter((c): c is string => typeof c === "string");
    expect(text1.some((t) => t.startsWith("Exempeltext – ersätt med programmets lydelse"))).toBe(true);
    // G1 in the fixture has only confirmed texts.
    const s2 = sheetToGrid(sheet(p, programme.areas[1]?.sheetName ?? ""));
    expect(
      s2.cells
        .slice(0, 5)
        .flat()
        .some((c) => typeof c === "string" && c.startsWith("Exempeltext"))
    ).toBe(false);
  });
});

describe("buildWorkbookPlan: summary sheet", () => {
  const programme = smallProgramme();

  function summaryRows(p: WorkbookPlan): {
    header: string[];
    rows: readonly (readonly RawCell[])[];
    grid: ReturnType<typeof sheetToGrid>;
  } {
    const s = sheet(p, SUMMARY_SHEET);
    const t = s.tables[0];
    return { header: t?.columns.map((c) => c.header) ?? [], rows: t?.rows ?? [], grid: sheetToGrid(s) };
  }

  test("every structured reference names a table of the plan and one of its columns", () => {
    const p = plan(defaultProgramme());
    const tables = new Map(
      p.sheets.flatMap((s) => s.tables.map((t) => [t.name, t.columns.map((c) => c.header)] as const))
    );
    const formulas = sheetToGrid(sheet(p, SUMMARY_SHEET))
      .cells.flat()
      .flatMap((c) => (c !== null && typeof c === "object" && "formula" in c ? [c.formula] : []));
    expect(formulas.length).toBeGreaterThan(0);
    let refs = 0;
    for (const f of formulas) {
      for (const m of f.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\[([^\]]+)\]/g)) {
        refs++;
        expect([m[1], tables.get(m[1] ?? "")?.includes(m[2] ?? "")]).toEqual([m[1], true]);
      }
    }
    expect(refs).toBeGreaterThan(programme.areas.length);
  });

  test("live counts carry the summary's numbers as cached results", () => {
    const summary = handSummary(programme, YEAR, {
      "1": { activities: { ongoing: 2, delayed: 1 }, goals: { partly: 1 }, reported: 3 },
    });
    const { header, rows } = summaryRows(plan(programme, { summary }));
    const row = rows.find((r) => r[0] === "1");
    const at = (h: string): RawCell | undefined => row?.[header.indexOf(h)];
    expect(at("Pågår")).toEqual({
      formula:
        '=COUNTIFS(Uppf_1[Typ],"Aktivitet",Uppf_1[Status/bedömning],"Pågår")' +
        '+COUNTIFS(Uppf_1[Typ],"Aktivitet",Uppf_1[Status/bedömning],"In progress")',
      result: 2,
    });
    expect(at("Försenad")).toMatchObject({ result: 1 });
    expect(at("Delvis i fas")).toEqual({
      formula:
        '=COUNTIFS(Uppf_1[Typ],"Mål",Uppf_1[Status/bedömning],"Delvis i fas")' +
        '+COUNTIFS(Uppf_1[Typ],"Mål",Uppf_1[Status/bedömning],"Partly on track")',
      result: 1,
    });
    expect(at("Genomförd")).toMatchObject({ result: 0 });
    expect(at("Rapporterade rader")).toMatchObject({ result: 3 });
    expect(at("Rader totalt")).toMatchObject({ result: programme.areas[0]?.rows.length });
  });

  test("the coordinator's choice and text are written, never replaced by the suggestion", () => {
    const base = handSummary(programme, YEAR);
    const summary = {
      ...base,
      areas: base.areas.map((a) => ({
        ...a,
        suggestion: { assessment: "onTrack" as const, reasonKey: "area.onTrack", reasonParams: {} },
      })),
    };
    const choices = {
      "1": { assessment: "notOnTrack" as const, raw: null, text: "Vi ligger efter med belysningen." },
      [OVERALL_KEY]: { assessment: null, raw: "nästan i fas", text: null },
    };
    const p = plan(programme, { summary, choices });
    const { header, rows, grid } = summaryRows(p);
    const row1 = rows.find((r) => r[0] === "1");
    const rowG1 = rows.find((r) => r[0] === "G1");
    const idx = (key: string): number => SUMMARY_COLUMNS.findIndex((c) => c.key === key);
    expect(header[idx("choice")]).toBe("Samordnarens bedömning");
    expect(row1?.[idx("suggestion")]).toBe("● I fas");
    expect(row1?.[idx("choice")]).toBe("Ej i fas");
    expect(row1?.[idx("text")]).toBe("Vi ligger efter med belysningen.");
    expect(rowG1?.[idx("suggestion")]).toBe("● I fas");
    expect(rowG1?.[idx("choice")]).toBeNull();
    expect(rowG1?.[idx("text")]).toBeNull();
    // The overall row: a raw choice stays raw; the draft stands in its own cell below, not in the text cell.
    const overall = grid.cells.find((r) => r[0] === "Hela programmet");
    expect(overall?.[idx("choice")]).toBe("nästan i fas");
    expect(overall?.[idx("text")]).toBeNull();
    const draftRow = grid.cells.find((r) => r[idx("choice")] === DRAFT_TEXT_LABEL);
    expect(draftRow?.[idx("text")]).toBe(summary.overall.draftText);
  });

  test("without choices of its own the plan takes those the summary carries", () => {
    const base = handSummary(programme, YEAR);
    const summary = {
      ...base,
      areas: base.areas.map((a) => (a.areaId === "G1" ? { ...a, chosen: "partly" as const, text: "Text" } : a)),
    };
    const { rows } = summaryRows(plan(programme, { summary }));
    const idx = (key: string): number => SUMMARY_COLUMNS.findIndex((c) => c.key === key);
    expect(rows.find((r) => r[0] === "G1")?.[idx("choice")]).toBe("Delvis i fas");
  });

  test("choice cells validate against the assessment range; they and the 'Genomfört under året' texts are the only unlocked cells", () => {
    const p = plan(programme);
    const s = sheet(p, SUMMARY_SHEET);
    const grid = sheetToGrid(s);
    const choiceCol = SUMMARY_COLUMNS.findIndex((c) => c.key === "choice") + 1;
    const overallRow = grid.cells.findIndex((r) => r[0] === "Hela programmet") + 1;
    const rows = [...programme.areas.map((_, i) => SUMMARY_TABLE_HEADER_ROW + 1 + i), overallRow];
    for (const r of rows) {
      const source = validationAt(s, address(r, choiceCol));
      expect(source === null ? null : resolve(p, source)).toEqual(ASSESSMENT.map((t) => t.sv));
    }
    const unlocked = s.protection.unlockedRanges.flatMap((r) => {
      const range = parseRange(r);
      return range === null ? [] : cellsOf(range).map((c) => address(c.row, c.column));
    });
    const doneHeader = grid.cells.findIndex((r) => r[choiceCol] === DONE_BLOCK_HEADERS.done) + 1;
    expect(doneHeader).toBeGreaterThan(overallRow);
    const doneRows = programme.areas.map((_, i) => address(doneHeader + 1 + i, choiceCol + 1));
    const expected = [...rows.flatMap((r) => [address(r, choiceCol), address(r, choiceCol + 1)]), ...doneRows];
    expect(unlocked.sort()).toEqual(expected.sort());
    expect(s.protection.protected).toBe(true);
  });
});

describe("buildWorkbookPlan: data sheet", () => {
  function jsonChunks(p: WorkbookPlan): string[] {
    const grid = sheetToGrid(sheet(p, DATA_SHEET));
    const out: string[] = [];
    for (let r = DATA_FIRST_ROW; ; r++) {
      const v = grid.cells[r - 1]?.[DATA_LAYOUT.programmeJson.column - 1];
      if (typeof v !== "string") {
        return out;
      }
      out.push(v);
    }
  }

  test("the programme definition is split into chunks of at most 30,000 characters that join back to it", () => {
    const base = smallProgramme();
    const long = (seed: string): string =>
      Array.from({ length: 3000 }, (_, i) => `${seed} ${i} `)
        .join("")
        .slice(0, 32000);
    const programme = ProgrammeSchema.parse({
      ...base,
      areas: base.areas.map((a) => ({ ...a, covers: { text: long(`${a.id} omfattar 😀`), provenance: "example" } })),
    });
    const chunks = jsonChunks(plan(programme));
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(JSON_CHUNK_SIZE);
    }
    expect(JSON.parse(chunks.join(""))).toEqual(programme);
  });

  test("the vocabularies, departments, meta and sheet index stand where the layout says", () => {
    const programme = smallProgramme();
    const p = plan(programme, { meta: { generatedAt: "2020-01-15T10:00:00.000Z", closed: true } });
    const grid = sheetToGrid(sheet(p, DATA_SHEET));
    const down = (column: number, count: number): RawCell[] =>
      Array.from({ length: count }, (_, i) => grid.cells[DATA_FIRST_ROW - 1 + i]?.[column - 1] ?? null);
    const sv = DATA_LAYOUT.vocabularies.activityStatus.firstColumn + 1;
    expect(down(sv, ACTIVITY_STATUS.length)).toEqual(ACTIVITY_STATUS.map((t) => t.sv));
    expect(down(DATA_LAYOUT.departments.codeColumn, programme.departments.length)).toEqual(
      programme.departments.map((d) => d.code)
    );
    expect(down(DATA_LAYOUT.meta.keyColumn, 5)).toEqual([
      "schemaVersion",
      "year",
      "closed",
      "generatedAt",
      "appVersion",
    ]);
    expect(down(DATA_LAYOUT.meta.valueColumn, 5)).toEqual([1, YEAR, true, "2020-01-15T10:00:00.000Z", APP_VERSION]);
    expect(down(DATA_LAYOUT.sheetIndex.areaIdColumn, programme.areas.length)).toEqual(programme.areas.map((a) => a.id));
    expect(p.names.map((n) => n.refersTo).every((r) => r.startsWith("=Programdata!$"))).toBe(true);
  });
});

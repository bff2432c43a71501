import type { Programme } from "../programme/schema";
import type { Reopening, WorkbookMeta } from "../read/types";
import { SHAPE_SYMBOL, VOCABULARIES, type VocabularyName } from "../vocabulary/vocabularies";
import { address, columnLetter, sheetAddress, type RawCell } from "../workbook/cell";
import { DATA_SHEET } from "../layout/workbook-layout";
import {
  DATA_FIRST_ROW,
  DATA_HEADERS,
  DATA_HEADER_ROW,
  DATA_LAYOUT,
  LIST_NAMES,
  META_KEYS,
  VOCABULARY_FIELDS,
  VOCABULARY_FIELD_HEADERS,
  absoluteColumnRange,
  vocabularyListRange,
} from "../layout/data-sheet-layout";
import { splitIntoChunks } from "./json-chunks";
import { storedJsonText, storedProgrammeText } from "../programme/stored-programme";
import type { CopyInfo } from "../split/copy-info";
import { protectedWith } from "./sheet-defaults";
import type { CellBlock, ColumnWidth, DefinedNamePlan, SheetPlan } from "./types";

const VOCABULARY_NAMES: readonly VocabularyName[] = ["activityStatus", "assessment", "trend"];
const TEXT = { numberFormat: "@" } as const;
const HEADER = { bold: true, numberFormat: "@" } as const;

function at(row: number, column: number): string {
  return address(row, column);
}

function vocabularyBlocks(name: VocabularyName): CellBlock[] {
  const first = DATA_LAYOUT.vocabularies[name].firstColumn;
  const headers = VOCABULARY_FIELDS.map((f, i) =>
    i === 0 ? DATA_LAYOUT.vocabularies[name].title : VOCABULARY_FIELD_HEADERS[f]
  );
  const rows = VOCABULARIES[name].map((t) => [t.code, t.sv, t.en, t.colour, SHAPE_SYMBOL[t.shape]]);
  return [
    { topLeft: at(DATA_HEADER_ROW, first), cells: [headers], style: HEADER },
    { topLeft: at(DATA_FIRST_ROW, first), cells: rows, style: TEXT },
  ];
}

function departmentBlocks(programme: Programme): CellBlock[] {
  const { codeColumn, externalColumn } = DATA_LAYOUT.departments;
  return [
    {
      topLeft: at(DATA_HEADER_ROW, codeColumn),
      // Code, name and external stand in three adjacent columns (see DATA_LAYOUT).
      cells: [[DATA_HEADERS.departmentCode, DATA_HEADERS.departmentName, DATA_HEADERS.departmentExternal]],
      style: HEADER,
    },
    { topLeft: at(DATA_FIRST_ROW, codeColumn), cells: programme.departments.map((d) => [d.code, d.name]), style: TEXT },
    { topLeft: at(DATA_FIRST_ROW, externalColumn), cells: programme.departments.map((d) => [d.external]) },
  ];
}

function metaBlocks(meta: WorkbookMeta): CellBlock[] {
  const { keyColumn, valueColumn } = DATA_LAYOUT.meta;
  const values: Record<(typeof META_KEYS)[number], RawCell> = meta;
  return [
    { topLeft: at(DATA_HEADER_ROW, keyColumn), cells: [[DATA_HEADERS.metaKey, DATA_HEADERS.metaValue]], style: HEADER },
    { topLeft: at(DATA_FIRST_ROW, keyColumn), cells: META_KEYS.map((k) => [k]), style: TEXT },
    // Numbers and the boolean stay typed; the reader also accepts them as text.
    { topLeft: at(DATA_FIRST_ROW, valueColumn), cells: META_KEYS.map((k) => [values[k]]) },
  ];
}

/** Area ID → the sheet it stands in (usually the programme's sheetName; see build-plan). */
function indexBlocks(programme: Programme, sheetNames: ReadonlyMap<string, string>): CellBlock[] {
  const { areaIdColumn } = DATA_LAYOUT.sheetIndex;
  return [
    {
      topLeft: at(DATA_HEADER_ROW, areaIdColumn),
      cells: [[DATA_HEADERS.indexAreaId, DATA_HEADERS.indexSheet]],
      style: HEADER,
    },
    {
      topLeft: at(DATA_FIRST_ROW, areaIdColumn),
      cells: programme.areas.map((a) => [a.id, sheetNames.get(a.id) ?? a.sheetName]),
      style: TEXT,
    },
  ];
}

function programmeBlocks(programme: Programme): CellBlock[] {
  const { column } = DATA_LAYOUT.programmeJson;
  return [
    { topLeft: at(DATA_HEADER_ROW, column), cells: [[DATA_HEADERS.programmeJson]], style: HEADER },
    {
      topLeft: at(DATA_FIRST_ROW, column),
      cells: splitIntoChunks(storedProgrammeText(programme)).map((c) => [c]),
      style: TEXT,
    },
  ];
}

function fingerprintBlocks(fingerprint: string | null): CellBlock[] {
  if (fingerprint === null) return [];
  const { column } = DATA_LAYOUT.closeFingerprint;
  return [
    { topLeft: at(DATA_HEADER_ROW, column), cells: [[DATA_HEADERS.closeFingerprint]], style: HEADER },
    { topLeft: at(DATA_FIRST_ROW, column), cells: splitIntoChunks(fingerprint).map((c) => [c]), style: TEXT },
  ];
}

function copyBlocks(copy: CopyInfo | null): CellBlock[] {
  if (copy === null) return [];
  const { column } = DATA_LAYOUT.copyInfo;
  return [
    { topLeft: at(DATA_HEADER_ROW, column), cells: [[DATA_HEADERS.copyInfo]], style: HEADER },
    { topLeft: at(DATA_FIRST_ROW, column), cells: splitIntoChunks(storedJsonText(copy)).map((c) => [c]), style: TEXT },
  ];
}

function reopeningBlocks(reopenings: readonly Reopening[]): CellBlock[] {
  if (reopenings.length === 0) return [];
  const { dayColumn } = DATA_LAYOUT.reopenings;
  return [
    {
      topLeft: at(DATA_HEADER_ROW, dayColumn),
      cells: [[DATA_HEADERS.reopenedDay, DATA_HEADERS.reopenedReason]],
      style: HEADER,
    },
    { topLeft: at(DATA_FIRST_ROW, dayColumn), cells: reopenings.map((r) => [r.day, r.reason]), style: TEXT },
  ];
}

function widths(): ColumnWidth[] {
  const out: ColumnWidth[] = [];
  for (const name of VOCABULARY_NAMES) {
    const first = DATA_LAYOUT.vocabularies[name].firstColumn;
    [14, 18, 18, 9, 7].forEach((w, i) => out.push({ column: columnLetter(first + i), width: w }));
  }
  out.push({ column: columnLetter(DATA_LAYOUT.departments.nameColumn), width: 40 });
  out.push({ column: columnLetter(DATA_LAYOUT.meta.keyColumn), width: 14 });
  out.push({ column: columnLetter(DATA_LAYOUT.meta.valueColumn), width: 26 });
  out.push({ column: columnLetter(DATA_LAYOUT.sheetIndex.sheetColumn), width: 32 });
  out.push({ column: columnLetter(DATA_LAYOUT.programmeJson.column), width: 60 });
  return out;
}

/**
 * The hidden sheet that makes a workbook readable on its own: the vocabularies the lists point
 * at, the departments, the meta data, which sheet holds which area, and the programme itself.
 * Hidden, not very hidden, so a LibreOffice or Excel user can show it.
 */
export function buildDataSheet(
  programme: Programme,
  meta: WorkbookMeta,
  sheetNames: ReadonlyMap<string, string>,
  /** Written when the year is closed: what was entered then (see close/close-fingerprint). */
  fingerprint: string | null = null,
  /** Written in a department's copy (split/copy-info). */
  copy: CopyInfo | null = null,
  reopenings: readonly Reopening[] = []
): SheetPlan {
  return {
    name: DATA_SHEET,
    role: "data",
    visibility: "hidden",
    blocks: [
      ...VOCABULARY_NAMES.flatMap(vocabularyBlocks),
      ...departmentBlocks(programme),
      ...metaBlocks(meta),
      ...indexBlocks(programme, sheetNames),
      ...programmeBlocks(programme),
      ...fingerprintBlocks(fingerprint),
      ...copyBlocks(copy),
      ...reopeningBlocks(reopenings),
    ],
    tables: [],
    columnWidths: widths(),
    frozen: null,
    validations: [],
    conditionalFormats: [],
    protection: protectedWith([]),
    print: null,
  };
}

export function listNames(programme: Programme): DefinedNamePlan[] {
  const ref = (range: string): string => `=${sheetAddress(DATA_SHEET, range)}`;
  return [
    ...VOCABULARY_NAMES.map((name) => ({ name: LIST_NAMES[name], refersTo: ref(vocabularyListRange(name)) })),
    {
      name: LIST_NAMES.departments,
      refersTo: ref(absoluteColumnRange(DATA_LAYOUT.departments.codeColumn, programme.departments.length)),
    },
  ];
}

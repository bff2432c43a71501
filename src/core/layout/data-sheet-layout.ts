import { VOCABULARIES, type VocabularyName } from "../vocabulary/vocabularies";
import { columnLetter, sheetAddress } from "../workbook/cell";
import { DATA_SHEET } from "./workbook-layout";

/**
 * Where everything stands on the hidden data sheet ("Programdata"). The plan builder writes by
 * this table and the reader reads by it, so the two cannot drift apart. Every block has a header
 * in row 1 and its entries from row 2 down; columns are 1-based.
 */

export const DATA_HEADER_ROW = 1;
export const DATA_FIRST_ROW = 2;

/** Each vocabulary takes five adjacent columns in this order, starting at its `firstColumn`. */
export const VOCABULARY_FIELDS = ["code", "sv", "en", "colour", "symbol"] as const;
export type VocabularyField = (typeof VOCABULARY_FIELDS)[number];
export const VOCABULARY_FIELD_HEADERS: Readonly<Record<VocabularyField, string>> = {
  code: "Kod",
  sv: "Svenska",
  en: "Engelska",
  colour: "Färg",
  symbol: "Symbol",
};

export const DATA_LAYOUT = {
  vocabularies: {
    activityStatus: { firstColumn: 1, title: "Aktivitetsstatus" },
    assessment: { firstColumn: 7, title: "Bedömning" },
    trend: { firstColumn: 13, title: "Trend" },
  },
  departments: { codeColumn: 19, nameColumn: 20, externalColumn: 21 },
  meta: { keyColumn: 23, valueColumn: 24 },
  sheetIndex: { areaIdColumn: 26, sheetColumn: 27 },
  /** The programme as JSON, in chunks down the column (a cell holds at most 32,767 characters). */
  programmeJson: { column: 29 },
  /** What was entered when the year was closed (close/close-fingerprint), in chunks like the programme. */
  closeFingerprint: { column: 31 },
  /** A department's copy: whose it is and the master's entries at the split (split/copy-info), in chunks. */
  copyInfo: { column: 33 },
  /** Each time a closed year was opened again: the day and the reason, one row each, oldest first. */
  reopenings: { dayColumn: 35, reasonColumn: 36 },
} as const;

/** Header texts; the programme JSON header also identifies the data sheet if it was renamed. */
export const DATA_HEADERS = {
  departmentCode: "Avdelning",
  departmentName: "Namn",
  departmentExternal: "Extern",
  metaKey: "Uppgift",
  metaValue: "Värde",
  indexAreaId: "Område",
  indexSheet: "Blad",
  programmeJson: "Programdefinition (JSON)",
  closeFingerprint: "Fingeravtryck vid stängning",
  copyInfo: "Avdelningskopia (JSON)",
  reopenedDay: "Öppnat igen",
  reopenedReason: "Skäl",
} as const;

export const META_KEYS = ["schemaVersion", "year", "closed", "generatedAt", "appVersion"] as const;
export type MetaKey = (typeof META_KEYS)[number];

/** Characters per JSON chunk: well under Excel's 32,767-character cell limit. */
export const JSON_CHUNK_SIZE = 30000;

function fieldColumn(vocabulary: VocabularyName, field: VocabularyField): number {
  return DATA_LAYOUT.vocabularies[vocabulary].firstColumn + VOCABULARY_FIELDS.indexOf(field);
}

export function vocabularyColumn(vocabulary: VocabularyName, field: VocabularyField): number {
  return fieldColumn(vocabulary, field);
}

/** "$B$2:$B$6": an absolute range down one column from the first data row. */
export function absoluteColumnRange(column: number, count: number): string {
  const letter = columnLetter(column);
  const last = DATA_FIRST_ROW + Math.max(count, 1) - 1;
  return `$${letter}$${DATA_FIRST_ROW}:$${letter}$${last}`;
}

/** The Swedish labels of a vocabulary: what its list validation offers. */
export function vocabularyListRange(vocabulary: VocabularyName): string {
  return absoluteColumnRange(fieldColumn(vocabulary, "sv"), VOCABULARIES[vocabulary].length);
}

/** The validation source for a vocabulary: "=Programdata!$B$2:$B$6". */
export function vocabularyListSource(vocabulary: VocabularyName): string {
  return `=${sheetAddress(DATA_SHEET, vocabularyListRange(vocabulary))}`;
}

export function departmentListSource(departmentCount: number): string {
  return `=${sheetAddress(DATA_SHEET, absoluteColumnRange(DATA_LAYOUT.departments.codeColumn, departmentCount))}`;
}

/** Names for the lists, for people and macros looking for them. */
export const LIST_NAMES: Readonly<Record<VocabularyName | "departments", string>> = {
  activityStatus: "Lista_Aktivitetsstatus",
  assessment: "Lista_Bedomning",
  trend: "Lista_Trend",
  departments: "Lista_Avdelningar",
};

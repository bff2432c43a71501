import { AREA_COLUMNS, type InputColumnKey, INPUT_COLUMN_KEYS } from "./workbook-layout";

/**
 * The "Utgångna rader" sheet: rows a changed programme dropped, with what was entered in them,
 * so nothing typed is lost. Shared by the plan builder and the reader.
 */
export const RETIRED_SHEET = "Utgångna rader";
export const RETIRED_TABLE_NAME = "Utgangna_rader";
export const RETIRED_TABLE_HEADER_ROW = 4;

export type RetiredColumnKey = "id" | "type" | "text" | "areaId" | "sheet" | InputColumnKey;

export interface RetiredColumn {
  readonly key: RetiredColumnKey;
  readonly header: string;
  readonly width: number;
  readonly text: boolean;
}

function inputColumn(key: InputColumnKey): RetiredColumn {
  const c = AREA_COLUMNS.find((a) => a.key === key);
  return { key, header: c?.header ?? key, width: c?.width ?? 12, text: c?.text ?? true };
}

export const RETIRED_COLUMNS: readonly RetiredColumn[] = [
  { key: "id", header: "ID", width: 9, text: true },
  { key: "type", header: "Typ", width: 11, text: true },
  { key: "text", header: "Mål, aktivitet eller indikator", width: 48, text: true },
  { key: "areaId", header: "Tidigare område", width: 10, text: true },
  { key: "sheet", header: "Tidigare blad", width: 24, text: true },
  ...INPUT_COLUMN_KEYS.map(inputColumn),
];

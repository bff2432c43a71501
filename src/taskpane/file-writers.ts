import type { FileWriters } from "../app/service";

/** ExcelJS and docx, each loaded on first use: their own chunks, never part of the start. */
export const LAZY_WRITERS: FileWriters = {
  xlsx: async (plan, carry) => (await import("../files/xlsx-writer")).writeXlsxBytes(plan, carry),
  docx: async (model) => (await import("../files/docx-report")).writeDocxReportBytes(model),
};

import type { Finding } from "../findings/finding";
import { enteredValues } from "../read/entered-values";
import type { WorkbookRead } from "../read/types";
import { rowsEditedSinceClose } from "./close-fingerprint";

const SHOWN = 20;

/** A closed year edited after closing: which rows, from the fingerprint stored at close. */
export function closedEditFindings(read: WorkbookRead): Finding[] {
  const { meta, programme, closeFingerprint } = read;
  if (
    meta === null ||
    !meta.closed ||
    programme === null ||
    closeFingerprint === undefined ||
    closeFingerprint === null
  ) {
    return [];
  }
  const rows = rowsEditedSinceClose(closeFingerprint, programme, enteredValues(read), meta.year);
  if (rows.length === 0) return [];
  const shown = rows.slice(0, SHOWN).join(", ") + (rows.length > SHOWN ? ", …" : "");
  return [
    {
      severity: "warning",
      code: "closedEdited",
      sheet: null,
      cell: null,
      rowId: null,
      messageKey: "closedEdited",
      params: { count: rows.length, rows: shown },
    },
  ];
}

/**
 * The add-in's own state, kept inside the workbook in `workbook.settings` (ExcelApi 1.4) rather
 * than on a sheet: it is not part of the follow-up's content (the command line does not need it),
 * it never collides with the plan's layout of the hidden data sheet, and no sheet has to be
 * unprotected to change it.
 *
 * - Departments marked ready: one key per department ("Programuppfoljning.klar.<code>" → the date,
 *   YYYY-MM-DD), so two department heads marking at the same time never write the same setting.
 * - Problem marks: one key ("Programuppfoljning.markeringar") → the marked cells [{sheet, address}],
 *   so they can be cleared exactly (see marks.ts).
 *
 * What this costs: settings travel with the workbook in Excel (desktop and web) but not into a
 * copy saved by another program (LibreOffice, the command line's rewrite), which then starts with
 * no department marked ready and no record of marks.
 */
export const READY_PREFIX = "Programuppfoljning.klar.";
export const MARKS_KEY = "Programuppfoljning.markeringar";

export interface MarkedCell {
  readonly sheet: string;
  readonly address: string;
}

export interface AddinSettings {
  /** Department code → date marked ready (YYYY-MM-DD). */
  readonly ready: Readonly<Record<string, string>>;
  readonly marks: readonly MarkedCell[];
}

export function queueSettings(context: Excel.RequestContext): Excel.SettingCollection {
  const settings = context.workbook.settings;
  settings.load("items/key,items/value");
  return settings;
}

function isMarkedCell(v: unknown): v is MarkedCell {
  if (typeof v !== "object" || v === null) return false;
  const { sheet, address } = v as Record<string, unknown>;
  return typeof sheet === "string" && typeof address === "string";
}

/** Settings written by something else (or by hand) that do not fit are ignored, not trusted. */
export function settingsOf(collection: Excel.SettingCollection): AddinSettings {
  const ready: Record<string, string> = {};
  let marks: MarkedCell[] = [];
  for (const item of collection.items) {
    const value: unknown = item.value;
    if (item.key.startsWith(READY_PREFIX) && typeof value === "string") {
      ready[item.key.slice(READY_PREFIX.length)] = value;
    } else if (item.key === MARKS_KEY && Array.isArray(value)) {
      marks = value.filter(isMarkedCell).map((m) => ({ sheet: m.sheet, address: m.address }));
    }
  }
  return { ready, marks };
}

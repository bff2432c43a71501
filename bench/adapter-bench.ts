/**
 * The Office.js adapter against the Excel test double: per use case the syncs, requests and the
 * largest request and response (estimated as the double does: the JSON of the operations, and of
 * what the loads returned), beside the same figures for the naive one-sync-per-row approach
 * (naive-adapter.ts). The double plays Excel on the web, which refuses a request or response over
 * 5 MB: a use case that passed it would fail here.
 */
import { ACTIVITY_STATUS, ASSESSMENT, buildWorkbookPlan, summarise } from "../src/core";
import type { Programme } from "../src/core";
import { createExcelService } from "../src/excel/excel-service";
import type { FollowupService, RowEdit } from "../src/app/service";
import { createExcelDouble, type ExcelDouble } from "../test/excel-double";
import { naiveGenerate, naiveRead, naiveSaveRows, naiveUpdate, naiveWriteSummary } from "./naive-adapter";
import { LAZY_WRITERS } from "../src/taskpane/file-writers";
import { syntheticProgramme } from "./synthetic-programme";

const YEAR = 2019;
export const EXCEL_WEB_LIMIT_BYTES = 5_000_000;
export const USE_CASES = ["generate", "read/check", "saveRows", "writeSummary", "update"] as const;
export type UseCase = (typeof USE_CASES)[number];

export interface Figures {
  readonly syncs: number;
  readonly requests: number;
  /** Requests Excel on the web refused for their size (the adapter then splits and sends again). */
  readonly refused: number;
  /** Of the requests Excel carried out. */
  readonly largestRequestBytes: number;
  readonly largestResponseBytes: number;
}

const SIZE_REFUSALS = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

export interface AdapterRow {
  readonly rowsPerArea: number;
  readonly useCase: UseCase;
  readonly adapter: Figures;
  readonly naive: Figures;
}

function figures(double: ExcelDouble): Figures {
  const carried = double.requests.filter((r) => r.failed === null);
  return {
    syncs: double.runs.reduce((n, r) => n + r.syncs, 0),
    requests: double.requests.length,
    refused: double.requests.filter((r) => r.failed !== null && SIZE_REFUSALS.has(r.failed)).length,
    largestRequestBytes: carried.reduce((m, r) => Math.max(m, r.payloadBytes), 0),
    largestResponseBytes: carried.reduce((m, r) => Math.max(m, r.responseBytes), 0),
  };
}

async function measured(double: ExcelDouble, work: () => Promise<unknown>): Promise<Figures> {
  double.resetCounters();
  await work();
  return figures(double);
}

/** One department's rows (KSF) given a status or value and a text, as the form would save them. */
async function departmentEdits(service: FollowupService): Promise<RowEdit[]> {
  const rows = await service.departmentRows("KSF");
  return rows.map((r, i) =>
    r.type === "indicator"
      ? { rowId: r.rowId, value: i, done: "Mätt enligt plan." }
      : {
          rowId: r.rowId,
          status: (r.type === "goal" ? ASSESSMENT : ACTIVITY_STATUS)[i % 3]?.sv ?? null,
          done: `Under året genomfördes steg ${i}.`,
        }
  );
}

/** One activity fewer and one more per area. */
function changed(p: Programme): Programme {
  return {
    ...p,
    areas: p.areas.map((a) => {
      const dropped = a.rows.findIndex((r) => r.type === "activity");
      const template = a.rows[dropped];
      const rows = a.rows.filter((_, i) => i !== dropped);
      return template === undefined ? a : { ...a, rows: [...rows, { ...template, id: `${a.id}.A9999` }] };
    }),
  };
}

/** Runs `work` with a fresh double installed as the globals Excel / Office / OfficeExtension. */
async function withDouble<T>(work: (double: ExcelDouble) => Promise<T>): Promise<T> {
  const double = createExcelDouble({ platform: "web" });
  double.install();
  try {
    return await work(double);
  } finally {
    double.uninstall();
  }
}

export async function measureAdapter(areas: number, rowsPerArea: number, longTexts = false): Promise<AdapterRow[]> {
  const programme = syntheticProgramme(areas, rowsPerArea, { longTexts });
  const next = changed(programme);
  const now = new Date(YEAR + 1, 0, 15);
  const ours = await withDouble(async (double) => {
    const service = createExcelService({ now: () => now, lang: () => "en", writers: LAZY_WRITERS });
    const generate = await measured(double, () => service.generate(programme, YEAR));
    const read = await measured(double, () => service.read());
    const edits = await departmentEdits(service);
    const saveRows = await measured(double, () => service.saveRows(edits));
    const writeSummary = await measured(double, () =>
      service.writeSummary([{ key: "overall", assessment: "partly", text: "Arbetet går framåt." }])
    );
    const update = await measured(double, () => service.update(next));
    return { generate, read, saveRows, writeSummary, update, edits };
  });
  const naive = await withDouble(async (double) => {
    const summary = summarise(programme, [], { year: YEAR, choices: {} });
    const plan = buildWorkbookPlan(programme, { year: YEAR, summary });
    const generate = await measured(double, () => naiveGenerate(plan));
    const read = await measured(double, () => naiveRead());
    const saveRows = await measured(double, () => naiveSaveRows(ours.edits, programme));
    const writeSummary = await measured(double, () => naiveWriteSummary());
    const nextPlan = buildWorkbookPlan(next, { year: YEAR, summary: summarise(next, [], { year: YEAR, choices: {} }) });
    const update = await measured(double, () => naiveUpdate(nextPlan));
    return { generate, read, saveRows, writeSummary, update };
  });
  const pairs: [UseCase, Figures, Figures][] = [
    ["generate", ours.generate, naive.generate],
    ["read/check", ours.read, naive.read],
    ["saveRows", ours.saveRows, naive.saveRows],
    ["writeSummary", ours.writeSummary, naive.writeSummary],
    ["update", ours.update, naive.update],
  ];
  return pairs.map(([useCase, adapter, n]) => ({ rowsPerArea, useCase, adapter, naive: n }));
}

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

export function adapterTable(areas: number, rows: readonly AdapterRow[], longTexts = false): string[] {
  const line = (r: AdapterRow): string =>
    [
      String(r.rowsPerArea).padStart(9),
      r.useCase.padEnd(12),
      String(r.adapter.syncs).padStart(5),
      String(r.adapter.refused).padStart(7),
      mb(r.adapter.largestRequestBytes).padStart(10),
      mb(r.adapter.largestResponseBytes).padStart(10),
      String(r.naive.syncs).padStart(11),
      mb(r.naive.largestRequestBytes).padStart(10),
      mb(r.naive.largestResponseBytes).padStart(10),
    ].join(" | ");
  const over = rows.filter(
    (r) =>
      r.adapter.largestRequestBytes >= EXCEL_WEB_LIMIT_BYTES || r.adapter.largestResponseBytes >= EXCEL_WEB_LIMIT_BYTES
  );
  const refused = rows.filter((r) => r.adapter.refused > 0);
  const base = rows[0]?.rowsPerArea;
  const grows = USE_CASES.filter(
    (u) => new Set(rows.filter((r) => r.useCase === u).map((r) => r.adapter.syncs)).size > 1
  );
  return [
    `Office.js adapter against the Excel test double, ${areas} areas, ${longTexts ? "long row texts (about 130 characters, each different)" : "short row texts (about 25 characters)"}:`,
    "syncs, requests Excel refused for their size, and the largest request / response Excel carried out per use case,",
    "beside the naive approach (one sync per row). Excel on the web refuses a request or response over 5 MB.",
    "",
    [
      "rows/area".padStart(9),
      "use case".padEnd(12),
      "syncs",
      "refused",
      "request".padStart(10),
      "response".padStart(10),
      "naive syncs",
      "request".padStart(10),
      "response".padStart(10),
    ].join(" | "),
    [9, 12, 5, 7, 10, 10, 11, 10, 10].map((w) => "-".repeat(w)).join("-|-"),
    ...rows.map(line),
    "",
    over.length === 0
      ? "Every request and response of the adapter that Excel carried out is under 5 MB."
      : `Over 5 MB: ${over.map((r) => `${r.useCase} at ${r.rowsPerArea}`).join(", ")}.`,
    refused.length === 0
      ? "Excel refused none of the adapter's requests."
      : `Refused for size, then split: ${refused.map((r) => `${r.useCase} at ${r.rowsPerArea}`).join(", ")}.`,
    grows.length === 0
      ? `Syncs per use case are the same at every size measured${base === undefined ? "" : ` (from ${base} rows per area)`}.`
      : `Syncs grow with the rows for: ${grows.join(", ")}.`,
  ];
}

import { ApplicationProxy, RuntimeProxy } from "./api/application";
import { ConditionalFormatCollectionProxy, ConditionalFormatProxy } from "./api/conditional-formats";
import { DataValidationProxy } from "./api/data-validation";
import { NamedItemCollectionProxy, NamedItemProxy, SettingCollectionProxy, SettingProxy } from "./api/names";
import { RangeProxy } from "./api/range";
import { RangeAreasProxy, RangeCollectionProxy } from "./api/range-areas";
import { FormatProtectionProxy, RangeFillProxy, RangeFontProxy, RangeFormatProxy } from "./api/range-format";
import { TableCollectionProxy, TableColumnProxy, TableProxy, TableRowProxy } from "./api/tables";
import { WorkbookProxy } from "./api/workbook";
import { WorksheetCollectionProxy, WorksheetProxy } from "./api/worksheet";
import { EXCEL_ENUMS, OfficeExtensionErrorCodes } from "./enums";
import { FormulaEvaluator, InMemoryWorkbook } from "./model/workbook";
import { OfficeDouble, createOffice } from "./office";
import { ContextFactories, RequestContextDouble, TrackedObjectsDouble } from "./runtime/context";
import { RichApiError } from "./runtime/errors";
import { DoubleHost, Platform, RequestRecord, RunRecord } from "./runtime/host";
import { ProxyBase } from "./runtime/proxy";
import { makeRun } from "./runtime/run";
import { versionAtLeast } from "./runtime/requirements";

export interface ExcelDoubleOptions {
  /** "web" (default): Excel on the web's 5 MB request / response limit applies; "desktop": no limit. */
  readonly platform?: Platform;
  /** The limit in bytes (default 5,000,000: "5MB", taken as decimal megabytes to stay on the safe side). */
  readonly payloadLimitBytes?: number;
  /** Highest ExcelApi requirement set (Office.context.requirements.isSetSupported); default "1.9". */
  readonly excelApiVersion?: string;
  /** Other requirement sets, e.g. {ExcelApiOnline: "1.1"}. */
  readonly otherRequirementSets?: Readonly<Record<string, string>>;
  /** Office.context.displayLanguage; default "sv-SE". */
  readonly displayLanguage?: string;
  /** Start from this workbook (default: a new one with one sheet, "Sheet1"). */
  readonly workbook?: InMemoryWorkbook;
  /** Values for formula cells (the double does not calculate; default: formulas read as ""). */
  readonly evaluateFormula?: FormulaEvaluator;
}

/** What the double puts in place of the global `Excel`. */
export interface ExcelNamespaceDouble {
  readonly run: (...args: unknown[]) => Promise<unknown>;
  readonly RequestContext: new () => RequestContextDouble;
  readonly [name: string]: unknown;
}

export interface OfficeExtensionDouble {
  readonly Error: typeof RichApiError;
  readonly ErrorCodes: typeof OfficeExtensionErrorCodes;
  readonly ClientObject: typeof ProxyBase;
  readonly ClientRequestContext: typeof RequestContextDouble;
  readonly TrackedObjects: typeof TrackedObjectsDouble;
  readonly Promise: PromiseConstructor;
  readonly config: { extendedErrorLogging: boolean };
}

export interface ExcelDouble {
  readonly Excel: ExcelNamespaceDouble;
  readonly Office: OfficeDouble;
  readonly OfficeExtension: OfficeExtensionDouble;
  /** The workbook, for seeding and assertions. */
  readonly workbook: InMemoryWorkbook;
  /** context.sync() calls, plus each Excel.run's closing sync when it carried operations. */
  readonly syncCount: number;
  /** Every round trip that carried operations, in order. */
  readonly requests: readonly RequestRecord[];
  /** Every Excel.run, in order, with its syncs and requests. */
  readonly runs: readonly RunRecord[];
  /** The largest request payload so far (bytes, estimated). */
  readonly largestPayload: number;
  readonly largestResponse: number;
  /** load() calls with no argument (they load every scalar property). */
  readonly emptyLoads: number;
  resetCounters(): void;
  /** Simulates the user typing in a cell: syncs fail with InvalidOperationInCellEditMode (or wait, with delayForCellEdit). */
  enterCellEditMode(): void;
  exitCellEditMode(): void;
  /** The base64 .xlsx files passed to Excel.createWorkbook, in order (the new workbooks are not modelled). */
  readonly createdWorkbooks: readonly string[];
  /** Puts Excel, Office and OfficeExtension on `target` (default globalThis). */
  install(target?: object): void;
  /** Puts back what install() replaced. */
  uninstall(): void;
}

const GLOBALS = ["Excel", "Office", "OfficeExtension"] as const;

export function createExcelDouble(options: ExcelDoubleOptions = {}): ExcelDouble {
  const workbook = options.workbook ?? new InMemoryWorkbook();
  if (options.evaluateFormula !== undefined) workbook.evaluator = options.evaluateFormula;
  const platform = options.platform ?? "web";
  const excelApiVersion = options.excelApiVersion ?? "1.9";
  const host = new DoubleHost(workbook, {
    platform,
    excelApiVersion,
    payloadLimitBytes: options.payloadLimitBytes ?? 5_000_000,
  });

  const factories: ContextFactories = {
    workbook: (ctx) =>
      new WorkbookProxy(ctx, null, { name: "workbook", args: [] }, () => workbook, { target: workbook }),
    application: (ctx) => {
      const wb = ctx.workbook as unknown;
      if (!(wb instanceof WorkbookProxy)) throw new Error("unreachable: the context's workbook is not the double's");
      const app = wb._nav("application");
      if (!(app instanceof ApplicationProxy)) throw new Error("unreachable: application");
      return app;
    },
    runtime: (ctx) =>
      new RuntimeProxy(ctx, null, { name: "runtime", args: [] }, () => workbook.runtime, { target: workbook.runtime }),
  };

  class RequestContext extends RequestContextDouble {
    constructor() {
      super(host, factories);
    }
  }

  const createdWorkbooks: string[] = [];
  /**
   * Excel.createWorkbook(base64?): "Creates and opens a new workbook. Optionally, the workbook can be
   * pre-populated with a base64-encoded .xlsx file." ExcelApi 1.8 — learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1).
   * Absent (undefined) below 1.8, as in an Excel without the requirement set. The new workbook opens in
   * another window, out of the add-in's reach: the double only records the file; a string that is not
   * base64 is refused with InvalidArgument.
   */
  const createWorkbook = versionAtLeast(excelApiVersion, "1.8")
    ? (base64?: string): Promise<void> => {
        if (base64 !== undefined && !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
          return Promise.reject(
            new RichApiError({
              code: "InvalidArgument",
              message: "The argument is invalid or missing or has an incorrect format.",
            })
          );
        }
        createdWorkbooks.push(base64 ?? "");
        return Promise.resolve();
      }
    : undefined;

  const Excel: ExcelNamespaceDouble = {
    ...EXCEL_ENUMS,
    createWorkbook,
    run: makeRun(host, () => new RequestContext()),
    RequestContext,
    Workbook: WorkbookProxy,
    Worksheet: WorksheetProxy,
    WorksheetCollection: WorksheetCollectionProxy,
    Range: RangeProxy,
    RangeAreas: RangeAreasProxy,
    RangeCollection: RangeCollectionProxy,
    RangeFormat: RangeFormatProxy,
    RangeFont: RangeFontProxy,
    RangeFill: RangeFillProxy,
    FormatProtection: FormatProtectionProxy,
    DataValidation: DataValidationProxy,
    ConditionalFormatCollection: ConditionalFormatCollectionProxy,
    ConditionalFormat: ConditionalFormatProxy,
    Table: TableProxy,
    TableCollection: TableCollectionProxy,
    TableColumn: TableColumnProxy,
    TableRow: TableRowProxy,
    NamedItem: NamedItemProxy,
    NamedItemCollection: NamedItemCollectionProxy,
    Setting: SettingProxy,
    SettingCollection: SettingCollectionProxy,
    Application: ApplicationProxy,
    Runtime: RuntimeProxy,
  };

  const OfficeExtension: OfficeExtensionDouble = {
    Error: RichApiError,
    ErrorCodes: OfficeExtensionErrorCodes,
    ClientObject: ProxyBase,
    ClientRequestContext: RequestContextDouble,
    TrackedObjects: TrackedObjectsDouble,
    Promise,
    config: { extendedErrorLogging: false },
  };

  const Office = createOffice({
    platform,
    displayLanguage: options.displayLanguage ?? "sv-SE",
    excelApiVersion,
    otherRequirementSets: options.otherRequirementSets ?? {},
  });

  let installedOn: { target: Record<string, unknown>; previous: Map<string, PropertyDescriptor | undefined> } | null =
    null;

  return {
    Excel,
    Office,
    OfficeExtension,
    workbook,
    createdWorkbooks,
    get syncCount() {
      return host.syncCount;
    },
    get requests() {
      return host.requests;
    },
    get runs() {
      return host.runs;
    },
    get largestPayload() {
      return host.largestPayload;
    },
    get largestResponse() {
      return host.largestResponse;
    },
    get emptyLoads() {
      return host.emptyLoads;
    },
    resetCounters: () => host.resetCounters(),
    enterCellEditMode: () => host.enterCellEditMode(),
    exitCellEditMode: () => host.exitCellEditMode(),
    install(target: object = globalThis) {
      if (installedOn !== null) throw new Error("Excel test double: already installed; call uninstall() first.");
      const t = target as Record<string, unknown>;
      const previous = new Map<string, PropertyDescriptor | undefined>();
      const values: Record<(typeof GLOBALS)[number], unknown> = { Excel, Office, OfficeExtension };
      for (const name of GLOBALS) {
        previous.set(name, Object.getOwnPropertyDescriptor(t, name));
        Object.defineProperty(t, name, { value: values[name], configurable: true, writable: true, enumerable: false });
      }
      installedOn = { target: t, previous };
    },
    uninstall() {
      if (installedOn === null) return;
      for (const [name, descriptor] of installedOn.previous) {
        if (descriptor === undefined) delete installedOn.target[name];
        else Object.defineProperty(installedOn.target, name, descriptor);
      }
      installedOn = null;
    },
  };
}

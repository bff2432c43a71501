import { hostError } from "../model/host-error";
import { HeaderFooterModel, SheetModel } from "../model/sheet";
import { MAX_COLUMNS } from "../model/area";
import { ProxyBase, ScalarSpecs, asOffice, installScalarAccessors } from "../runtime/proxy";
import { oneOf, resolveRangeArgument } from "./shared";

const ORIENTATIONS = ["Portrait", "Landscape"] as const;
const PAPER_SIZES = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
  "Paper10x14",
  "Paper11x17",
  "Note",
  "Envelope9",
  "Envelope10",
  "Envelope11",
  "Envelope12",
  "Envelope14",
  "Csheet",
  "Dsheet",
  "Esheet",
  "EnvelopeDL",
  "EnvelopeC5",
  "EnvelopeC3",
  "EnvelopeC4",
  "EnvelopeC6",
  "EnvelopeC65",
  "EnvelopeB4",
  "EnvelopeB5",
  "EnvelopeB6",
  "EnvelopeItaly",
  "EnvelopeMonarch",
  "EnvelopePersonal",
  "FanfoldUS",
  "FanfoldStdGerman",
  "FanfoldLegalGerman",
] as const;

function zoomOf(v: unknown): SheetModel["pageLayout"]["zoom"] {
  if (typeof v !== "object" || v === null) throw hostError("InvalidArgument", "PageLayout.zoom must be an object");
  const z = v as Record<string, unknown>;
  const out: SheetModel["pageLayout"]["zoom"] = {};
  for (const k of ["horizontalFitToPages", "verticalFitToPages", "scale"] as const) {
    const x = z[k];
    if (x === undefined || x === null) continue;
    if (typeof x !== "number" || !Number.isInteger(x) || x < 0)
      throw hostError("InvalidArgument", `PageLayout.zoom.${k} must be a whole number`);
    if (k === "scale" && (x < 10 || x > 400)) throw hostError("InvalidArgument", "PageLayout.zoom.scale is 10..400");
    out[k] = x;
  }
  return out;
}

const PAGE_SCALARS: ScalarSpecs<SheetModel> = {
  orientation: {
    get: (s) => s.pageLayout.orientation,
    set: (s, v) => (s.pageLayout.orientation = oneOf(v, ORIENTATIONS, "PageLayout.orientation")),
  },
  paperSize: {
    get: (s) => s.pageLayout.paperSize,
    set: (s, v) => (s.pageLayout.paperSize = oneOf(v, PAPER_SIZES, "PageLayout.paperSize")),
  },
  zoom: { get: (s) => ({ ...s.pageLayout.zoom }), set: (s, v) => (s.pageLayout.zoom = zoomOf(v)) },
};

export class PageLayoutProxy extends ProxyBase<SheetModel> {
  get _className(): string {
    return "PageLayout";
  }
  get _scalars(): ScalarSpecs<SheetModel> {
    return PAGE_SCALARS;
  }
  declare orientation: Excel.PageLayout["orientation"];
  declare paperSize: Excel.PageLayout["paperSize"];
  declare zoom: Excel.PageLayout["zoom"];

  protected override _navigation(): Readonly<Record<string, () => ProxyBase<object>>> {
    return { headersFooters: () => this._headersFooters() };
  }
  private _headersFooters(): HeaderFooterGroupProxy {
    return this._child(
      "headersFooters",
      () => new HeaderFooterGroupProxy(this._ctx, this, { name: "headersFooters", args: [] }, () => this._target())
    );
  }
  get headersFooters(): Excel.HeaderFooterGroup {
    return asOffice<Excel.HeaderFooterGroup>(this._headersFooters());
  }

  load(
    option?: string | string[] | Excel.Interfaces.PageLayoutLoadOptions | { select?: string; expand?: string }
  ): Excel.PageLayout {
    this._load(option);
    return asOffice<Excel.PageLayout>(this);
  }
  set(properties: Excel.Interfaces.PageLayoutUpdateData | Excel.PageLayout): void {
    this._setMany(properties);
  }

  /** Rows repeated at the top of every printed page: whole rows of this sheet. */
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    this._method("setPrintTitleRows", [printTitleRows], (s) => {
      const r = resolveRangeArgument(printTitleRows, this._ctx._host.workbook, s);
      if (r.sheet !== s) throw hostError("InvalidArgument", "print titles must be on the same sheet");
      s.pageLayout.printTitleRows = { r0: r.area.r0, c0: 0, r1: r.area.r1, c1: MAX_COLUMNS - 1 };
    });
  }
}
installScalarAccessors(PageLayoutProxy, PAGE_SCALARS);

const GROUP_SCALARS: ScalarSpecs<SheetModel> = {
  state: {
    get: (s) => s.pageLayout.headerFooterState,
    set: (s, v) =>
      (s.pageLayout.headerFooterState = oneOf(
        v,
        ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"] as const,
        "HeaderFooterGroup.state"
      )),
  },
};

/** Only defaultForAllPages is modelled (the first-page and odd/even variants are not). */
export class HeaderFooterGroupProxy extends ProxyBase<SheetModel> {
  get _className(): string {
    return "HeaderFooterGroup";
  }
  get _scalars(): ScalarSpecs<SheetModel> {
    return GROUP_SCALARS;
  }
  declare state: Excel.HeaderFooterGroup["state"];
  protected override _navigation(): Readonly<Record<string, () => ProxyBase<object>>> {
    return { defaultForAllPages: () => this._default() };
  }
  private _default(): HeaderFooterProxy {
    return this._child(
      "defaultForAllPages",
      () =>
        new HeaderFooterProxy(
          this._ctx,
          this,
          { name: "defaultForAllPages", args: [] },
          () => this._target()?.pageLayout.defaultHeaderFooter ?? null
        )
    );
  }
  get defaultForAllPages(): Excel.HeaderFooter {
    return asOffice<Excel.HeaderFooter>(this._default());
  }
  load(
    option?: string | string[] | Excel.Interfaces.HeaderFooterGroupLoadOptions | { select?: string; expand?: string }
  ): Excel.HeaderFooterGroup {
    this._load(option);
    return asOffice<Excel.HeaderFooterGroup>(this);
  }
  set(properties: Excel.Interfaces.HeaderFooterGroupUpdateData | Excel.HeaderFooterGroup): void {
    this._setMany(properties);
  }
}
installScalarAccessors(HeaderFooterGroupProxy, GROUP_SCALARS);

const PARTS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;
const HEADER_SCALARS: ScalarSpecs<HeaderFooterModel> = Object.fromEntries(
  PARTS.map((p) => [
    p,
    {
      get: (h: HeaderFooterModel) => h[p],
      set: (h: HeaderFooterModel, v: unknown) => {
        if (typeof v !== "string") throw hostError("InvalidArgument", `HeaderFooter.${p} must be a string`);
        if (v.length > 255) throw hostError("InvalidArgument", "a header or footer holds at most 255 characters");
        h[p] = v;
      },
    },
  ])
);

export class HeaderFooterProxy extends ProxyBase<HeaderFooterModel> {
  get _className(): string {
    return "HeaderFooter";
  }
  get _scalars(): ScalarSpecs<HeaderFooterModel> {
    return HEADER_SCALARS;
  }
  declare leftHeader: Excel.HeaderFooter["leftHeader"];
  declare centerHeader: Excel.HeaderFooter["centerHeader"];
  declare rightHeader: Excel.HeaderFooter["rightHeader"];
  declare leftFooter: Excel.HeaderFooter["leftFooter"];
  declare centerFooter: Excel.HeaderFooter["centerFooter"];
  declare rightFooter: Excel.HeaderFooter["rightFooter"];
  load(
    option?: string | string[] | Excel.Interfaces.HeaderFooterLoadOptions | { select?: string; expand?: string }
  ): Excel.HeaderFooter {
    this._load(option);
    return asOffice<Excel.HeaderFooter>(this);
  }
  set(properties: Excel.Interfaces.HeaderFooterUpdateData | Excel.HeaderFooter): void {
    this._setMany(properties);
  }
}
installScalarAccessors(HeaderFooterProxy, HEADER_SCALARS);

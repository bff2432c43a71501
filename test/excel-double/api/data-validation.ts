import { qualifiedAddress } from "../model/a1";
import { Area, coversArea, disjointAreas, intersection, sameArea, subtractAll } from "../model/area";
import { hostError } from "../model/host-error";
import { SheetModel, ValidationModel, ValidationRuleModel, newValidation } from "../model/sheet";
import { ProxyBase, ScalarSpecs, asOffice, installScalarAccessors } from "../runtime/proxy";
import { CellsTarget, areasOf, assertUnprotected, resolveRangeArgument } from "./shared";

/**
 * Range.dataValidation (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation).
 * The double keeps validations as Excel's file does: a rule with the areas it covers. Setting a
 * rule, alert or prompt on a range gives that range its own validation (taking it away from any
 * validation that covered part of it); clear() "only overlapping cells are cleared".
 *
 * RangeAreas.dataValidation ("Returns a data validation object for all ranges in the RangeAreas",
 * learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-datavalidation-member)
 * does the same for all its areas at once: they get one validation together (one <dataValidation>
 * with several areas in its sqref, as Excel saves a rule set on a multiple selection), and reading
 * gives a single object "only if every range has the same rule, otherwise it returns null"
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges).
 */

/** An inline list is what the Source box holds: Excel's limit for it is 255 characters. */
const INLINE_LIST_LIMIT = 255;

const BASIC_KINDS = ["wholeNumber", "decimal", "textLength", "date", "time"] as const;
const KIND_TYPE: Readonly<
  Record<(typeof BASIC_KINDS)[number], "WholeNumber" | "Decimal" | "TextLength" | "Date" | "Time">
> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
};

function parseRule(rule: unknown, resolveSource: (source: unknown) => string): ValidationRuleModel {
  if (typeof rule !== "object" || rule === null)
    throw hostError("InvalidArgument", "DataValidation.rule must be an object");
  const r = rule as Record<string, unknown>;
  const kinds = Object.keys(r).filter((k) => r[k] !== undefined && r[k] !== null);
  if (kinds.length !== 1)
    throw hostError(
      "InvalidArgument",
      `DataValidation.rule takes exactly one criterion, got ${kinds.join(", ") || "none"}`
    );
  const kind = kinds[0];
  const body = r[kind] as Record<string, unknown>;
  if (typeof body !== "object" || body === null)
    throw hostError("InvalidArgument", `DataValidation.rule.${kind} must be an object`);
  if (kind === "list") {
    const source = resolveSource(body.source);
    if (!source.startsWith("=") && source.length > INLINE_LIST_LIMIT) {
      throw hostError(
        "InvalidArgument",
        `an inline list holds at most ${INLINE_LIST_LIMIT} characters, this one has ${source.length}; point the list at a range`
      );
    }
    return { type: "List", inCellDropDown: body.inCellDropDown !== false, source };
  }
  if (kind === "custom") {
    if (typeof body.formula !== "string" || body.formula === "")
      throw hostError("InvalidArgument", "rule.custom.formula must be a formula");
    return { type: "Custom", formula: body.formula };
  }
  if ((BASIC_KINDS as readonly string[]).includes(kind)) {
    const operator = body.operator;
    if (typeof operator !== "string") throw hostError("InvalidArgument", `rule.${kind}.operator is missing`);
    const f1 = body.formula1;
    if (typeof f1 !== "string" && typeof f1 !== "number")
      throw hostError("InvalidArgument", `rule.${kind}.formula1 is missing`);
    const f2 = body.formula2;
    return {
      type: KIND_TYPE[kind as (typeof BASIC_KINDS)[number]],
      operator,
      formula1: f1,
      formula2: typeof f2 === "string" || typeof f2 === "number" ? f2 : null,
    };
  }
  throw hostError("NotImplemented", `the double does not model "${kind}" validation rules`);
}

function ruleToOffice(rule: ValidationRuleModel | null): Record<string, unknown> {
  if (rule === null) return {};
  switch (rule.type) {
    case "List":
      return { list: { inCellDropDown: rule.inCellDropDown, source: rule.source } };
    case "Custom":
      return { custom: { formula: rule.formula } };
    default: {
      const key =
        (Object.keys(KIND_TYPE) as (keyof typeof KIND_TYPE)[]).find((k) => KIND_TYPE[k] === rule.type) ?? "wholeNumber";
      const body: Record<string, unknown> = { formula1: rule.formula1, operator: rule.operator };
      if (rule.formula2 !== null) body.formula2 = rule.formula2;
      return { [key]: body };
    }
  }
}

/** The validations that touch any of `areas`, each once. */
function validationsTouching(sheet: SheetModel, areas: readonly Area[]): ValidationModel[] {
  const hits: ValidationModel[] = [];
  for (const a of areas) for (const v of sheet.validationsIn(a)) if (!hits.includes(v)) hits.push(v);
  return hits;
}

/** The one validation covering all of the target's cells, "none", or "mixed". */
function validationOver(t: CellsTarget): ValidationModel | "none" | "mixed" {
  const areas = areasOf(t);
  const hits = validationsTouching(t.sheet, areas);
  if (hits.length === 0) return "none";
  if (hits.length === 1 && areas.every((a) => coversArea(hits[0].areas, a))) return hits[0];
  return "mixed";
}

function sameAreaSet(x: readonly Area[], y: readonly Area[]): boolean {
  return x.length === y.length && x.every((a) => y.some((b) => sameArea(a, b)));
}

/**
 * Gives `t` its own validation, changed by `change`: when one validation already covers exactly
 * these cells it is changed in place; otherwise the cells are cut out of the validations they
 * overlap and a new one (starting from the first of them) covers them.
 */
function changeValidation(t: CellsTarget, change: (v: ValidationModel) => void): void {
  assertUnprotected(t.sheet, "changing data validation");
  const areas = disjointAreas(areasOf(t));
  const hits = validationsTouching(t.sheet, areas);
  if (hits.length === 1 && sameAreaSet(hits[0].areas, areas)) {
    change(hits[0]);
    return;
  }
  const fresh = newValidation(areas);
  const template = hits[0];
  if (template !== undefined) {
    fresh.rule = template.rule;
    fresh.errorAlert = { ...template.errorAlert };
    fresh.prompt = { ...template.prompt };
    fresh.ignoreBlanks = template.ignoreBlanks;
  }
  for (const v of hits) v.areas = v.areas.flatMap((a) => subtractAll(a, areas));
  t.sheet.validations = t.sheet.validations.filter((v) => v.areas.length > 0);
  change(fresh);
  t.sheet.validations.push(fresh);
}

function asRecord(v: unknown, what: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null) throw hostError("InvalidArgument", `${what} must be an object`);
  return v as Record<string, unknown>;
}

const DEFAULT_ALERT = { showAlert: true, style: "Stop", title: "", message: "" };

const VALIDATION_SCALARS: ScalarSpecs<CellsTarget> = {
  rule: {
    get: (t) => {
      const v = validationOver(t);
      return v === "none" ? {} : v === "mixed" ? null : ruleToOffice(v.rule);
    },
    set: (t, value, wb) => {
      const rule = parseRule(value, (source) => {
        if (typeof source === "string") return source;
        const r = resolveRangeArgument(source, wb, t.sheet);
        return `=${qualifiedAddress(r.sheet.name, r.area, true)}`;
      });
      changeValidation(t, (v) => {
        v.rule = rule;
      });
    },
  },
  errorAlert: {
    get: (t) => {
      const v = validationOver(t);
      return v === "none" ? { ...DEFAULT_ALERT } : v === "mixed" ? null : { ...v.errorAlert };
    },
    set: (t, value) => {
      const a = asRecord(value, "DataValidation.errorAlert");
      changeValidation(t, (v) => {
        v.errorAlert = {
          showAlert: typeof a.showAlert === "boolean" ? a.showAlert : v.errorAlert.showAlert,
          style: typeof a.style === "string" ? a.style : v.errorAlert.style,
          title: typeof a.title === "string" ? a.title : v.errorAlert.title,
          message: typeof a.message === "string" ? a.message : v.errorAlert.message,
        };
      });
    },
  },
  ignoreBlanks: {
    get: (t) => {
      const v = validationOver(t);
      return v === "none" ? true : v === "mixed" ? null : v.ignoreBlanks;
    },
    set: (t, value) => {
      if (typeof value !== "boolean")
        throw hostError("InvalidArgument", "DataValidation.ignoreBlanks must be true or false");
      changeValidation(t, (v) => {
        v.ignoreBlanks = value;
      });
    },
  },
  type: {
    get: (t) => {
      const v = validationOver(t);
      if (v === "none") return "None";
      if (v === "mixed") return "Inconsistent";
      return v.rule?.type ?? "None";
    },
  },
};

export class DataValidationProxy extends ProxyBase<CellsTarget> {
  get _className(): string {
    return "DataValidation";
  }
  get _scalars(): ScalarSpecs<CellsTarget> {
    return VALIDATION_SCALARS;
  }
  declare rule: Excel.DataValidation["rule"];
  declare errorAlert: Excel.DataValidation["errorAlert"];
  declare ignoreBlanks: Excel.DataValidation["ignoreBlanks"];
  declare readonly type: Excel.DataValidation["type"];

  load(
    option?: string | string[] | Excel.Interfaces.DataValidationLoadOptions | { select?: string; expand?: string }
  ): Excel.DataValidation {
    this._load(option);
    return asOffice<Excel.DataValidation>(this);
  }

  set(properties: Excel.Interfaces.DataValidationUpdateData | Excel.DataValidation): void {
    this._setMany(properties);
  }

  /** "The range you clear doesn't need to precisely match the range on which you added data validation." */
  clear(): void {
    this._method("clear", [], (t) => {
      assertUnprotected(t.sheet, "clearing data validation");
      const areas = areasOf(t);
      for (const v of t.sheet.validations)
        v.areas = v.areas.flatMap((a) =>
          areas.every((x) => intersection(a, x) === null) ? [a] : subtractAll(a, areas)
        );
      t.sheet.validations = t.sheet.validations.filter((v) => v.areas.length > 0);
    });
  }
}

installScalarAccessors(DataValidationProxy, VALIDATION_SCALARS);

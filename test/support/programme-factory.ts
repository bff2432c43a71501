import { ProgrammeSchema } from "../../src/core";
import type { Programme, ProgrammeInput, WorkbookMeta } from "../../src/core";

/**
 * One factory for the programmes and workbook metadata tests build by hand: defaults for every
 * field a valid programme needs, overrides for what a test is about, and short builders for
 * areas and rows, so a fixture says only what differs.
 */

type AreaInput = ProgrammeInput["areas"][number];
type RowInput = AreaInput["rows"][number];
type IndicatorSpec = NonNullable<RowInput["indicator"]>;
type SourcedText = ProgrammeInput["name"];

/** A text the programme marks as example wording (the default) or as the adopted wording. */
export function text(t: string, provenance: SourcedText["provenance"] = "example"): SourcedText {
  return { text: t, provenance };
}

/** A plain string is example wording; a sourced text says where it comes from. */
type Wording = string | SourcedText;

function sourced(w: Wording): SourcedText {
  return typeof w === "string" ? text(w) : w;
}

/** A programme's input with the defaults below, whole fields replaced by `overrides`. */
export function programmeInput(overrides: Partial<ProgrammeInput> = {}): ProgrammeInput {
  return {
    schemaVersion: 1,
    name: text("Testprogram"),
    municipality: "Testkommun",
    adopted: { by: "Kommunfullmäktige", date: "2018-06-18" },
    dnr: "KS-1/1",
    period: { from: 2018, to: 2021 },
    overallGoal: text("En trygg kommun"),
    departments: [{ code: "KSF", name: "Kommunstyrelsens förvaltning" }],
    areas: [],
    ...overrides,
  };
}

/** The same, parsed as the product parses a programme file (so defaults the schema adds are there). */
export function programme(overrides: Partial<ProgrammeInput> = {}): Programme {
  return ProgrammeSchema.parse(programmeInput(overrides));
}

/** An area (or, with kind "guideline", a guideline) with example texts; the rest as given. */
export function area(
  fields: Pick<AreaInput, "id" | "sheetName" | "rows"> & {
    readonly name: Wording;
    readonly delmal: Wording;
    readonly covers: Wording;
    readonly kind?: AreaInput["kind"];
  }
): AreaInput {
  return {
    id: fields.id,
    kind: fields.kind ?? "area",
    name: sourced(fields.name),
    sheetName: fields.sheetName,
    delmal: sourced(fields.delmal),
    covers: sourced(fields.covers),
    rows: fields.rows,
  };
}

export function goal(id: string, wording: Wording, department: string): RowInput {
  return { id, type: "goal", text: sourced(wording), department };
}

/** An activity, under a goal when `goalId` is given. */
export function activity(id: string, wording: Wording, department: string, goalId?: string): RowInput {
  return { id, type: "activity", text: sourced(wording), department, ...(goalId === undefined ? {} : { goalId }) };
}

export function indicator(id: string, wording: Wording, department: string, spec: IndicatorSpec): RowInput {
  return { id, type: "indicator", text: sourced(wording), department, indicator: spec };
}

/** What a follow-up workbook's hidden sheet says about it, with overrides. */
export function workbookMeta(overrides: Partial<WorkbookMeta> = {}): WorkbookMeta {
  return {
    schemaVersion: 1,
    year: 2019,
    closed: false,
    generatedAt: "2020-01-15T08:00:00Z",
    appVersion: "0.1.0",
    ...overrides,
  };
}

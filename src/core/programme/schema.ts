import { z } from "zod";

/**
 * The programme model. A programme file (JSON) is parsed with these schemas at the boundary;
 * everything inside the core trusts the parsed value.
 */

/** Where a text comes from: the adopted programme (confirmed) or an illustrative example. */
export const ProvenanceSchema = z.enum(["confirmed", "example"]);
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** A text with its provenance, so examples are never shown as adopted wording. */
export const SourcedTextSchema = z.object({
  text: z.string().min(1).max(32767),
  provenance: ProvenanceSchema,
});
export type SourcedText = z.infer<typeof SourcedTextSchema>;

export const RowTypeSchema = z.enum(["goal", "activity", "indicator"]);
export type RowType = z.infer<typeof RowTypeSchema>;

/** Which direction of an indicator is an improvement. */
export const BetterWhenSchema = z.enum(["higher", "lower"]);
export type BetterWhen = z.infer<typeof BetterWhenSchema>;

/**
 * A stable row ID: the area it was created in, a dot, a letter for the type (M goal, A activity,
 * I indicator) and a number. The ID stays when a row moves to another area.
 */
export const ROW_ID_PATTERN = /^[A-Z0-9]{1,4}\.[MAI][0-9]{1,4}$/;
export const AREA_ID_PATTERN = /^[A-Z0-9]{1,4}$/;

export const IndicatorSpecSchema = z.object({
  unit: z.string().min(1).max(40),
  betterWhen: BetterWhenSchema,
  /** Target value for the programme period, if any. */
  target: z.number().nullable().default(null),
  /** A baseline the target is measured against (e.g. the 2018–2019 average), if any. */
  baseline: z.number().nullable().default(null),
  baselineLabel: z.string().max(200).nullable().default(null),
  /** Known values per year ("2018": 217), used as "last year" when a workbook is generated. */
  history: z.record(z.string().regex(/^[0-9]{4}$/), z.number()).default({}),
  /**
   * Years whose values make the baseline (their average), e.g. [2018, 2019]: computed from the
   * workbook and the history instead of a fixed `baseline`. A baseline year is not judged
   * against the target.
   */
  baselineYears: z.array(z.number().int().min(1900).max(2200)).max(10).optional(),
  /** The target as a change from the baseline, e.g. −0.5 for "at least halved"; instead of `target`. */
  targetChange: z.number().min(-1).max(100).optional(),
  /**
   * A worse value than last year changes the suggested assessment of its area (otherwise an
   * indicator informs: it is named as something to watch, and goals and activities decide).
   */
  decisive: z.boolean().optional(),
  /** Years whose value covers only part of the year, e.g. {"2018": "januari–november"}. */
  periodNotes: z.record(z.string().regex(/^[0-9]{4}$/), z.string().min(1).max(60)).optional(),
});
export type IndicatorSpec = z.infer<typeof IndicatorSpecSchema>;

export const ProgrammeRowSchema = z
  .object({
    id: z.string().regex(ROW_ID_PATTERN, "row ID like 1.M1, 1.A3 or G1.I2"),
    type: RowTypeSchema,
    text: SourcedTextSchema,
    /** Code of the responsible department (see Programme.departments). */
    department: z.string().min(1).max(40),
    /** The goal an activity or indicator contributes to, if any. */
    goalId: z.string().regex(ROW_ID_PATTERN).nullable().default(null),
    indicator: IndicatorSpecSchema.nullable().default(null),
  })
  .superRefine((row, ctx) => {
    if (row.type === "indicator" && row.indicator === null) {
      ctx.addIssue({
        code: "custom",
        path: ["indicator"],
        message: "an indicator row needs indicator: {unit, betterWhen}",
      });
    }
    if (row.type !== "indicator" && row.indicator !== null) {
      ctx.addIssue({ code: "custom", path: ["indicator"], message: "only indicator rows have indicator settings" });
    }
    const letter = row.id.split(".")[1]?.charAt(0);
    const expected = { goal: "M", activity: "A", indicator: "I" }[row.type];
    if (letter !== expected) {
      ctx.addIssue({ code: "custom", path: ["id"], message: `a ${row.type} row ID has ${expected} after the dot` });
    }
  });
export type ProgrammeRow = z.infer<typeof ProgrammeRowSchema>;

export const AreaKindSchema = z.enum(["area", "guideline"]);
export type AreaKind = z.infer<typeof AreaKindSchema>;

export const AreaSchema = z.object({
  id: z.string().regex(AREA_ID_PATTERN),
  kind: AreaKindSchema,
  name: SourcedTextSchema,
  /** Short name used for the sheet tab; at most 31 characters, none of []:*?/\ (Excel's rule). */
  sheetName: z
    .string()
    .min(1)
    .max(31)
    .regex(/^[^[\]:*?/\\']+$/, "a sheet name has none of []:*?/\\ and no apostrophe"),
  delmal: SourcedTextSchema,
  covers: SourcedTextSchema,
  rows: z.array(ProgrammeRowSchema).min(1),
});
export type Area = z.infer<typeof AreaSchema>;

export const DepartmentSchema = z.object({
  code: z.string().min(1).max(40),
  name: z.string().min(1).max(200),
  /** Partners outside the municipality (police, fire and rescue) report too, but are marked. */
  external: z.boolean().default(false),
});
export type Department = z.infer<typeof DepartmentSchema>;

/**
 * Thresholds for the suggested assessment (documented in README):
 * an area is suggested "I fas" when at least `onTrack` of its assessed rows are on track and
 * no goal is "Ej i fas"; "Delvis i fas" when at least `partly`; otherwise "Ej i fas";
 * "Kan inte bedömas" when fewer than `minReported` of its rows are reported.
 */
export const ThresholdsSchema = z
  .object({
    onTrack: z.number().min(0).max(1).default(0.8),
    partly: z.number().min(0).max(1).default(0.5),
    minReported: z.number().min(0).max(1).default(0.5),
  })
  .refine((t) => t.partly <= t.onTrack, { message: "partly must not be above onTrack" });
export type Thresholds = z.infer<typeof ThresholdsSchema>;

const IsoDate = z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, "a date as YYYY-MM-DD");

export const ProgrammeSchema = z
  .object({
    schemaVersion: z.literal(1),
    name: SourcedTextSchema,
    municipality: z.string().min(1).max(200),
    adopted: z.object({ by: z.string().min(1).max(200), date: IsoDate }),
    dnr: z.string().min(1).max(60),
    period: z.object({ from: z.number().int().min(1990).max(2100), to: z.number().int().min(1990).max(2100) }),
    overallGoal: SourcedTextSchema,
    departments: z.array(DepartmentSchema).min(1),
    thresholds: ThresholdsSchema.default({ onTrack: 0.8, partly: 0.5, minReported: 0.5 }),
    areas: z.array(AreaSchema).min(1),
  })
  .superRefine((p, ctx) => {
    if (p.period.to < p.period.from) {
      ctx.addIssue({ code: "custom", path: ["period"], message: "the period ends before it starts" });
    }
    const codes = new Set(p.departments.map((d) => d.code));
    const seenRows = new Map<string, string>();
    const seenAreas = new Set<string>();
    const seenSheets = new Set<string>();
    p.areas.forEach((area, ai) => {
      if (seenAreas.has(area.id)) {
        ctx.addIssue({ code: "custom", path: ["areas", ai, "id"], message: `area ID ${area.id} appears twice` });
      }
      seenAreas.add(area.id);
      const sheetKey = area.sheetName.toLowerCase();
      if (seenSheets.has(sheetKey)) {
        ctx.addIssue({
          code: "custom",
          path: ["areas", ai, "sheetName"],
          message: `sheet name ${area.sheetName} appears twice`,
        });
      }
      seenSheets.add(sheetKey);
      area.rows.forEach((row, ri) => {
        const where = ["areas", ai, "rows", ri];
        const other = seenRows.get(row.id);
        if (other !== undefined) {
          ctx.addIssue({ code: "custom", path: [...where, "id"], message: `row ID ${row.id} appears twice` });
        }
        seenRows.set(row.id, area.id);
        if (!codes.has(row.department)) {
          ctx.addIssue({
            code: "custom",
            path: [...where, "department"],
            message: `department ${row.department} is not in the programme's departments`,
          });
        }
      });
    });
    // Goal references are checked after all IDs are known.
    p.areas.forEach((area, ai) =>
      area.rows.forEach((row, ri) => {
        if (row.goalId !== null && !seenRows.has(row.goalId)) {
          ctx.addIssue({
            code: "custom",
            path: ["areas", ai, "rows", ri, "goalId"],
            message: `goal ${row.goalId} does not exist`,
          });
        }
      })
    );
  });
export type Programme = z.infer<typeof ProgrammeSchema>;
/** What a programme file may leave out (defaults filled in by the schema). */
export type ProgrammeInput = z.input<typeof ProgrammeSchema>;

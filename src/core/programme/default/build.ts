import type { ProgrammeInput } from "../schema";

/**
 * Small builders for the bundled programme, so every text carries its provenance and the data
 * files read as a list of rows rather than as nested object literals.
 */

export type AreaInput = ProgrammeInput["areas"][number];
export type RowInput = AreaInput["rows"][number];
export type SourcedTextInput = AreaInput["name"];
type IndicatorInput = NonNullable<RowInput["indicator"]>;

/** Wording backed by the adopted programme or its follow-ups (programme-facts.md, [C]). */
export function confirmed(text: string): SourcedTextInput {
  return { text, provenance: "confirmed" };
}

/** Plausible wording written for the template; shown to users as an example (programme-facts.md, [E]). */
export function example(text: string): SourcedTextInput {
  return { text, provenance: "example" };
}

export function goal(id: string, department: string, text: SourcedTextInput): RowInput {
  return { id, type: "goal", text, department, goalId: null, indicator: null };
}

export function activity(id: string, goalId: string, department: string, text: SourcedTextInput): RowInput {
  return { id, type: "activity", text, department, goalId, indicator: null };
}

export interface IndicatorSettings {
  readonly unit: string;
  readonly betterWhen: "higher" | "lower";
  readonly target?: number;
  readonly baseline?: number;
  readonly baselineLabel?: string;
  readonly history?: Readonly<Record<string, number>>;
  readonly baselineYears?: readonly number[];
  readonly targetChange?: number;
  readonly decisive?: boolean;
  readonly periodNotes?: Readonly<Record<string, string>>;
}

export function indicator(
  id: string,
  goalId: string | null,
  department: string,
  text: SourcedTextInput,
  settings: IndicatorSettings
): RowInput {
  const spec: IndicatorInput = {
    unit: settings.unit,
    betterWhen: settings.betterWhen,
    target: settings.target ?? null,
    baseline: settings.baseline ?? null,
    baselineLabel: settings.baselineLabel ?? null,
    history: { ...settings.history },
    ...(settings.baselineYears === undefined ? {} : { baselineYears: [...settings.baselineYears] }),
    ...(settings.targetChange === undefined ? {} : { targetChange: settings.targetChange }),
    ...(settings.decisive === undefined ? {} : { decisive: settings.decisive }),
    ...(settings.periodNotes === undefined ? {} : { periodNotes: { ...settings.periodNotes } }),
  };
  return { id, type: "indicator", text, department, goalId, indicator: spec };
}

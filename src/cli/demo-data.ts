import { ACTIVITY_STATUS, ASSESSMENT, termByCode } from "../core";
import type {
  ActivityStatus,
  Assessment,
  EnteredValues,
  FindingCode,
  InputColumnKey,
  Programme,
  ProgrammeRow,
  RawCell,
} from "../core";
import { DONE_TEXTS, GENERIC_DONE_TEXTS, STATUS_COMMENTS, TREND_COMMENTS } from "./demo-texts";
import { seededRandom, type Random } from "./prng";

/**
 * The demo's department entries for the bundled programme: a realistic, seeded (hence identical
 * on every run) sample, two departments not finished, and a few typical mistakes that the check
 * must find — each listed in SEEDED_MISTAKES with the row, the column and the finding code.
 */

export const DEMO_SEED = 2019;
export const DEMO_YEAR = 2019;

/** Departments that have filled in only part of their rows. */
export const UNFINISHED_DEPARTMENTS: readonly string[] = ["BUF", "KFF"];

export interface SeededMistake {
  readonly rowId: string;
  readonly column: InputColumnKey;
  /** The finding the check must report for it, in that row's `column` cell. */
  readonly code: FindingCode;
  /** What is put in the cell (the comment mistake leaves the comment empty). */
  readonly value: RawCell;
  /** Other cells of the row the mistake needs (e.g. the status that makes a comment required). */
  readonly with?: EnteredValues;
}

export const SEEDED_MISTAKES: readonly SeededMistake[] = [
  { rowId: "1.A3", column: "status", code: "unknownStatus", value: "Pagar" },
  { rowId: "2.A3", column: "status", code: "unknownStatus", value: "genomförd" },
  { rowId: "3.A6", column: "status", code: "wrongVocabulary", value: "I fas" },
  { rowId: "4.A3", column: "comment", code: "commentRequired", value: null, with: { status: "Försenad" } },
  { rowId: "G1.I2", column: "value", code: "valueNegative", value: -12 },
  { rowId: "G2.I1", column: "value", code: "valueNotNumeric", value: "ca 200" },
  { rowId: "5.A5", column: "done", code: "formulaInText", value: { formula: "=SUM(1,2)" } },
];

const ACTIVITY_WEIGHTS: Readonly<Record<ActivityStatus, number>> = {
  done: 38,
  ongoing: 44,
  delayed: 10,
  notStarted: 5,
  dropped: 3,
};
// Most goals on track, as in a typical year; none "Ej i fas", which would decide the overall suggestion alone.
const GOAL_WEIGHTS: Readonly<Record<Assessment, number>> = { onTrack: 68, partly: 27, notOnTrack: 0, cannotAssess: 5 };

/**
 * The area's "Genomfört" sentences, each used once: a report that says the same thing twice in an
 * area reads as filler. Once they are used up, a row gets none rather than a repeat.
 */
/**
 * "Genomfört under året" per row: the bundled programme's activities have their own sentence; a
 * row of another programme takes a generic one, each at most once per area.
 */
class DoneTexts {
  private readonly left = new Map<string, string[]>();

  constructor(private readonly random: Random) {}

  take(row: ProgrammeRow, areaId: string): string | null {
    const own = DONE_TEXTS[row.id];
    if (own !== undefined) return own;
    let pool = this.left.get(areaId);
    if (pool === undefined) {
      pool = [...GENERIC_DONE_TEXTS];
      this.left.set(areaId, pool);
    }
    if (pool.length === 0) return null;
    const [text] = pool.splice(Math.floor(this.random.next() * pool.length), 1);
    return text ?? null;
  }
}

/**
 * Statuses under which an activity tells what it did: done or under way. A delayed one explains
 * itself in its comment; a goal's work is told by its activities.
 */
const SOMETHING_DONE: ReadonlySet<string> = new Set(["done", "ongoing"]);

function dateIn(random: Random, year: number): string {
  return `${year + 1}-01-${String(random.int(8, 28)).padStart(2, "0")}`;
}

/** Rounds a value as its unit is usually reported: whole percent (0–100), costs to 10 000 kr, counts whole. */
function roundFor(unit: string, value: number): number {
  if (unit === "%") {
    return Math.min(100, Math.max(0, Math.round(value)));
  }
  if (unit === "kr") {
    return Math.max(0, Math.round(value / 10000) * 10000);
  }
  return Math.max(0, Math.round(value));
}

function indicatorValues(random: Random, row: ProgrammeRow, year: number): EnteredValues {
  const spec = row.indicator;
  if (spec === null) {
    return {};
  }
  const known = spec.history[String(year - 1)];
  const lastYear = known ?? roundFor(spec.unit, spec.unit === "%" ? random.int(40, 90) : random.int(10, 200));
  // Most indicators move a little, usually the right way.
  const improving = random.next() < 0.7;
  const step = (0.02 + random.next() * 0.12) * (improving === (spec.betterWhen === "higher") ? 1 : -1);
  const value = roundFor(spec.unit, lastYear * (1 + step));
  const trend =
    value === lastYear ? "unchanged" : value > lastYear === (spec.betterWhen === "higher") ? "better" : "worse";
  const values: Record<string, RawCell> = {
    // An indicator is measured, not done: its value and a comment on the change, no "Genomfört".
    value,
    comment: random.pick(TREND_COMMENTS[trend]),
    changed: dateIn(random, year),
  };
  if (known === undefined) {
    values.lastYear = lastYear;
  }
  return values;
}

function statusValues(random: Random, done: DoneTexts, row: ProgrammeRow, year: number, areaId: string): EnteredValues {
  const code = row.type === "goal" ? random.weighted(GOAL_WEIGHTS) : random.weighted(ACTIVITY_WEIGHTS);
  const term =
    row.type === "goal"
      ? termByCode(ASSESSMENT, code as Assessment)
      : termByCode(ACTIVITY_STATUS, code as ActivityStatus);
  const values: Record<string, RawCell> = { status: term.sv, changed: dateIn(random, year) };
  const text = row.type === "activity" && SOMETHING_DONE.has(code) ? done.take(row, areaId) : null;
  if (text !== null) {
    values.done = text;
  }
  const comments = STATUS_COMMENTS[code];
  if (term.requiresComment && comments !== undefined) {
    values.comment = random.pick(comments);
  }
  return values;
}

/**
 * The sample entries by row ID. Rows of the unfinished departments are filled every other one;
 * the seeded mistakes are applied last, on rows that are reported.
 */
export function demoEntries(programme: Programme, year = DEMO_YEAR, seed = DEMO_SEED): Map<string, EnteredValues> {
  const random = seededRandom(seed);
  const done = new DoneTexts(random);
  const entered = new Map<string, EnteredValues>();
  const seenPerDepartment = new Map<string, number>();
  for (const area of programme.areas) {
    for (const row of area.rows) {
      const seen = seenPerDepartment.get(row.department) ?? 0;
      seenPerDepartment.set(row.department, seen + 1);
      if (UNFINISHED_DEPARTMENTS.includes(row.department) && seen % 2 === 1) {
        continue;
      }
      entered.set(
        row.id,
        row.type === "indicator" ? indicatorValues(random, row, year) : statusValues(random, done, row, year, area.id)
      );
    }
  }
  for (const mistake of SEEDED_MISTAKES) {
    const current = entered.get(mistake.rowId) ?? {};
    const changed: Record<string, RawCell> = { ...current, ...mistake.with };
    if (mistake.value === null) {
      delete changed[mistake.column];
    } else {
      changed[mistake.column] = mistake.value;
    }
    entered.set(mistake.rowId, changed);
  }
  return entered;
}

import fc from "fast-check";
import { defaultProgramme } from "../../../src/core/programme/default-programme";
import { formatPath } from "../../../src/core/programme/issue-place";
import { parseProgramme } from "../../../src/core/programme/parse-programme";

type Path = (string | number)[];

/** Fields a programme file may leave out or set freely; the schema fills or accepts them. */
const OPTIONAL_KEYS = new Set([
  "goalId",
  "target",
  "baseline",
  "baselineLabel",
  "history",
  "external",
  "thresholds",
  "baselineYears",
  "targetChange",
  "decisive",
  "periodNotes",
]);

/** Every path to a required field of the default programme, with the value found there. */
function requiredFields(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const here = path.length === 0 ? [] : [{ path, value }];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => requiredFields(v, [...path, i]))];
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(
      // A non-indicator row's `indicator: null` is the default, so it is not required either.
      ([key, v]) => !OPTIONAL_KEYS.has(key) && !(key === "indicator" && v === null)
    );
    return [...here, ...entries.flatMap(([key, v]) => requiredFields(v, [...path, key]))];
  }
  return here;
}

function kindOf(v: unknown): string {
  if (v === null) return "null";
  return Array.isArray(v) ? "array" : typeof v;
}

const DELETE = Symbol("delete");

/** Junk for a field: removing it, an empty text where text is required, or a value of another kind. */
function junkFor(original: unknown): fc.Arbitrary<unknown> {
  const otherKind = fc.anything().filter((v) => kindOf(v) !== kindOf(original));
  const options: fc.Arbitrary<unknown>[] = [fc.constant(DELETE), otherKind];
  if (typeof original === "string") options.push(fc.constant(""));
  return fc.oneof(...options);
}

function withJunk(path: Path, junk: unknown): unknown {
  const copy = defaultProgramme() as unknown;
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy);
  const last = path[path.length - 1];
  if (typeof parent !== "object" || parent === null || last === undefined) throw new Error("bad path");
  const container = parent as Record<string | number, unknown>;
  if (junk === DELETE) {
    if (Array.isArray(container) && typeof last === "number") container.splice(last, 1, undefined);
    else delete container[last];
  } else {
    container[last] = junk;
  }
  return copy;
}

const FIELDS = requiredFields(defaultProgramme());

describe("parseProgramme on a default programme with one required field turned to junk", () => {
  it("has many fields to break", () => {
    expect(FIELDS.length).toBeGreaterThan(500);
  });

  it("rejects it, naming the broken field, and never throws", () => {
    const mutation = fc
      .constantFrom(...FIELDS)
      .chain((field) => junkFor(field.value).map((junk) => ({ path: field.path, junk })));
    fc.assert(
      fc.property(mutation, fc.constantFrom("sv" as const, "en" as const), ({ path, junk }, lang) => {
        const result = parseProgramme(withJunk(path, junk), lang);
        if (result.ok) return false;
        const where = formatPath(path, lang);
        return result.problems.length > 0 && result.problems.some((p) => p.startsWith(where));
      }),
      { numRuns: 400 }
    );
  });
});

describe("parseProgramme on arbitrary JSON", () => {
  it("answers with problems, never a throw", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom("sv" as const, "en" as const), (value, lang) => {
        const result = parseProgramme(value, lang);
        return !result.ok && result.problems.length > 0 && result.problems.every((p) => !/[\r\n]/.test(p));
      }),
      { numRuns: 300 }
    );
  });
});

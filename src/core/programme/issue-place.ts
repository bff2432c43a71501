import type { Lang } from "../lang";
import type { Phrase } from "../i18n/phrase";

/**
 * Where a problem in a programme file is: the JSON path as written in the file
 * (areas[2].rows[4].department) and, when the file says it, the human name of the place
 * (område 3, rad 3.A5), read from the input itself because the input did not parse.
 */

type Path = readonly PropertyKey[];

/** The value at `path` in `input`, or undefined when the path leads nowhere. */
export function valueAt(input: unknown, path: Path): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const WORDS: Readonly<Record<"programmeFile" | "area" | "guideline" | "row" | "department" | "number", Phrase>> = {
  programmeFile: { sv: "programfilen", en: "programme file" },
  area: { sv: "område", en: "area" },
  guideline: { sv: "riktlinje", en: "guideline" },
  row: { sv: "rad", en: "row" },
  department: { sv: "avdelning", en: "department" },
  number: { sv: "nr", en: "no." },
};

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatPath(path: Path, lang: Lang): string {
  if (path.length === 0) return WORDS.programmeFile[lang];
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function stringField(value: unknown, field: string): string | null {
  const v = valueAt(value, [field]);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
}

/** "område 2, rad 2.A3" / "area 2, row 2.A3", or null when the path is not inside an area or department. */
export function placeName(input: unknown, path: Path, lang: Lang): string | null {
  const w = (word: keyof typeof WORDS): string => WORDS[word][lang];
  const [top, index, sub, rowIndex] = path;
  if (typeof index !== "number") return null;
  if (top === "departments") {
    const code = stringField(valueAt(input, ["departments", index]), "code");
    return `${w("department")} ${code ?? `${w("number")} ${index + 1}`}`;
  }
  if (top !== "areas") return null;
  const area = valueAt(input, ["areas", index]);
  const areaId = stringField(area, "id");
  const kindWord = valueAt(area, ["kind"]) === "guideline" ? w("guideline") : w("area");
  const parts = [`${kindWord} ${areaId ?? `${w("number")} ${index + 1}`}`];
  if (sub === "rows" && typeof rowIndex === "number") {
    const rowId = stringField(valueAt(area, ["rows", rowIndex]), "id");
    parts.push(`${w("row")} ${rowId ?? `${w("number")} ${rowIndex + 1}`}`);
  }
  return parts.join(", ");
}

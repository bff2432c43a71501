/**
 * Excel's naming rules, as problems (null = fine). Sheet names: Worksheet.name "must be fewer than
 * 32 characters" (learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-name-member);
 * the forbidden characters [ ] : * ? / \, a leading or trailing apostrophe and the reserved name
 * "History" are Excel's rules for renaming a sheet (support.microsoft.com, "Rename a worksheet").
 */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.trim().length === 0) return "a sheet name cannot be blank";
  if (name.length > 31) return `a sheet name has at most 31 characters, "${name}" has ${name.length}`;
  const bad = /[[\]:*?/\\]/.exec(name);
  if (bad) return `a sheet name cannot contain "${bad[0]}"`;
  if (name.startsWith("'") || name.endsWith("'")) return "a sheet name cannot begin or end with an apostrophe";
  if (name.toLowerCase() === "history") return '"History" is a name Excel reserves';
  return null;
}

const CELL_REFERENCE = /^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*([Cc][0-9]*)?|[Cc][0-9]*)$/;

/**
 * Defined names and table names (support.microsoft.com, "Names in formulas" / "Rename an Excel
 * table"): start with a letter, "_" or "\", then letters, digits, "." and "_"; no spaces; not a
 * cell reference such as A1 or R1C1; at most 255 characters.
 */
export function definedNameProblem(name: string): string | null {
  if (name.length === 0) return "a name cannot be blank";
  if (name.length > 255) return "a name has at most 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name))
    return `"${name}" is not a valid name (letters, digits, "_" and "." only, starting with a letter or "_")`;
  if (CELL_REFERENCE.test(name)) return `"${name}" looks like a cell reference`;
  return null;
}

export function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");
}

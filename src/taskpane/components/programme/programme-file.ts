import { parseProgramme } from "../../../core";
import type { Lang, ProgrammeParseResult } from "../../../core";

/** A programme file's text: JSON that passes the programme schema, or the problems with it. */
export type ProgrammeFileResult = ProgrammeParseResult | { ok: false; notJson: string };

export function readProgrammeFile(text: string, lang: Lang): ProgrammeFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (e) {
    return { ok: false, notJson: e instanceof Error ? e.message : String(e) };
  }
  return parseProgramme(json, lang);
}

/** A picked file's text. FileReader rather than Blob.text(): older Office web views lack the latter. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsText(file, "utf-8");
  });
}

import { deflateSync, strFromU8, strToU8 } from "fflate";
import { inflateBounded } from "../bounded-inflate";
import { LIMITS, type LimitBreach } from "../limits";
import type { Programme } from "./schema";
import { fromBase64, toBase64 } from "./base64";

/**
 * How the data sheet carries the programme. A programme of normal size is its JSON, readable by
 * anyone who unhides the sheet. A very large one (thousands of rows per area) is deflated and
 * base64-encoded behind a marker: its plain JSON would be megabytes, and Excel on the web takes at
 * most 5 MB per request and per response, so the add-in could neither write nor read it together
 * with the area sheets in one request.
 */
export const COMPRESSED_MARKER = "deflate+base64:";

/** Above this many characters of JSON the programme is stored compressed. */
export const PLAIN_JSON_LIMIT = 100_000;

export function storedProgrammeText(programme: Programme): string {
  const json = JSON.stringify(programme);
  if (json.length <= PLAIN_JSON_LIMIT) return json;
  return COMPRESSED_MARKER + toBase64(deflateSync(strToU8(json), { level: 6 }));
}

export type StoredProgrammeJson =
  { ok: true; json: unknown } | { ok: false; problem: string; limit?: Omit<LimitBreach, "where"> };

class TooLarge extends Error {}

/** JSON deflates some 5 to 10 to 1; a bomb a thousand to one: stopped at its first megabyte. */
function programmeInflate(bytes: Uint8Array): Uint8Array {
  return inflateBounded(bytes, (size, consumed) => {
    const bomb = size > LIMITS.ratioFloorBytes && size > LIMITS.compressionRatio * Math.max(1, consumed);
    if (size > LIMITS.programmeChars || bomb) throw new TooLarge();
  });
}

/** The JSON value of a stored programme text, plain or compressed; a problem names what broke. */
export function parseStoredProgramme(text: string): StoredProgrammeJson {
  const tooLarge = {
    ok: false as const,
    problem: `the programme is larger than ${LIMITS.programmeChars} characters`,
    limit: { limit: "programmeChars" as const, max: LIMITS.programmeChars },
  };
  if (text.length > LIMITS.programmeChars) return tooLarge;
  let json = text;
  if (text.startsWith(COMPRESSED_MARKER)) {
    const bytes = fromBase64(text.slice(COMPRESSED_MARKER.length));
    if (bytes === null) return { ok: false, problem: "the compressed programme is not base64 (a cell was changed?)" };
    try {
      json = strFromU8(programmeInflate(bytes));
    } catch (e) {
      if (e instanceof TooLarge) return tooLarge;
      return {
        ok: false,
        problem: `the compressed programme is damaged (${e instanceof Error ? e.message : String(e)})`,
      };
    }
  }
  try {
    return { ok: true, json: JSON.parse(json) as unknown };
  } catch (e) {
    return { ok: false, problem: `JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

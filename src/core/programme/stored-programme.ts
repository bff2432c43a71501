import { deflateSync, strFromU8, strToU8 } from "fflate";
import { inflateBoundedSlices } from "../bounded-inflate";
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
  return storedJsonText(programme);
}

/** Any JSON the data sheet carries, stored as the programme is (compressed when large). */
export function storedJsonText(value: unknown): string {
  const json = JSON.stringify(value);
  if (json.length <= PLAIN_JSON_LIMIT) return json;
  return COMPRESSED_MARKER + toBase64(deflateSync(strToU8(json), { level: 6 }));
}

export type StoredProgrammeJson =
  { ok: true; json: unknown } | { ok: false; problem: string; limit?: Omit<LimitBreach, "where"> };

class TooLarge extends Error {}

/** Base64 text decoded a slice at a time (4,096 bytes from 5,464 characters), as the inflater asks. */
function* base64Slices(text: string): Generator<Uint8Array> {
  const clean = text.replace(/[\s=]+/g, "");
  const step = 5464;
  for (let i = 0; i < clean.length; i += step) {
    const bytes = fromBase64(clean.slice(i, i + step));
    if (bytes === null) throw new NotBase64();
    yield bytes;
  }
}

class NotBase64 extends Error {}

/**
 * JSON deflates some 5 to 10 to 1; a bomb a thousand to one: stopped at its first megabyte, with
 * only the base64 it has used decoded.
 */
function programmeInflate(text: string): Uint8Array {
  return inflateBoundedSlices(base64Slices(text), (size, consumed) => {
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
    const notBase64 = { ok: false as const, problem: "the compressed programme is not base64 (a cell was changed?)" };
    if (!/^[A-Za-z0-9+/=\s]*$/.test(text.slice(COMPRESSED_MARKER.length))) return notBase64;
    try {
      json = strFromU8(programmeInflate(text.slice(COMPRESSED_MARKER.length)));
    } catch (e) {
      if (e instanceof TooLarge) return tooLarge;
      if (e instanceof NotBase64) return notBase64;
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

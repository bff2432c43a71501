import fc from "fast-check";
import { fromBase64, toBase64 } from "../../../src/core/programme/base64";
import {
  COMPRESSED_MARKER,
  PLAIN_JSON_LIMIT,
  parseStoredProgramme,
  storedProgrammeText,
} from "../../../src/core/programme/stored-programme";
import { defaultProgramme } from "../../../src/core/programme/default-programme";
import { syntheticProgramme } from "../../../bench/synthetic-programme";

describe("base64", () => {
  test("agrees with Node's encoder (without padding) and decodes back to the same bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString("base64").replace(/=+$/, ""));
        expect(Array.from(fromBase64(text) ?? [])).toEqual(Array.from(bytes));
      })
    );
  });

  test("decodes padded text too, and refuses what is not base64", () => {
    expect(Array.from(fromBase64("QUJD") ?? [])).toEqual([65, 66, 67]);
    expect(Array.from(fromBase64("QQ==") ?? [])).toEqual([65]);
    expect(fromBase64("QU*D")).toBeNull();
    expect(fromBase64("QUJDR")).toBeNull();
  });
});

describe("the programme on the data sheet", () => {
  test("a programme of normal size is stored as its plain JSON", () => {
    const programme = defaultProgramme();
    const text = storedProgrammeText(programme);
    expect(text).toBe(JSON.stringify(programme));
    expect(parseStoredProgramme(text)).toEqual({ ok: true, json: JSON.parse(text) as unknown });
  });

  test("a very large programme is stored compressed, far smaller, and reads back equal", () => {
    const programme = syntheticProgramme(5, 2000);
    const json = JSON.stringify(programme);
    expect(json.length).toBeGreaterThan(PLAIN_JSON_LIMIT);
    const text = storedProgrammeText(programme);
    expect(text.startsWith(COMPRESSED_MARKER)).toBe(true);
    expect(text.length).toBeLessThan(json.length / 4);
    const read = parseStoredProgramme(text);
    expect(read.ok && read.json).toEqual(JSON.parse(json) as unknown);
  });

  test("a damaged compressed text is a problem, not an exception", () => {
    const text = storedProgrammeText(syntheticProgramme(2, 2000));
    const cut = parseStoredProgramme(text.slice(0, text.length - 500));
    expect(cut.ok).toBe(false);
    const garbled = parseStoredProgramme(`${COMPRESSED_MARKER}not*base64`);
    expect(garbled).toEqual({ ok: false, problem: expect.stringContaining("not base64") as unknown });
    expect(parseStoredProgramme('{"schemaVersion":').ok).toBe(false);
  });
});

import type { HostileCase } from "./case";
import { put, programmeJson } from "./inputs";

const generate = ["generate", "--programme", "p.json", "--out", "out.xlsx"];

/** Programme files as people send them: broken, mistyped, huge. */
export const PROGRAMME_CASES: readonly HostileCase[] = [
  {
    name: "a programme that is not JSON",
    make: put("p.json", "{ areas: [ }"),
    argv: generate,
    exit: 2,
    error: "notJson",
  },
  { name: "an empty programme file", make: put("p.json", ""), argv: generate, exit: 2, error: "notJson" },
  {
    name: "a programme that is a workbook",
    make: put("p.json", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])),
    argv: generate,
    exit: 2,
    error: "notJson",
  },
  {
    name: "a programme that is a JSON list",
    make: put("p.json", "[1, 2, 3]"),
    argv: generate,
    exit: 2,
    error: "programmeInvalid",
  },
  {
    name: "a programme without areas",
    make: put(
      "p.json",
      programmeJson((p) => delete p["areas"])
    ),
    argv: generate,
    exit: 2,
    error: "programmeInvalid",
  },
  {
    name: "a programme with an empty area list",
    make: put(
      "p.json",
      programmeJson((p) => (p["areas"] = []))
    ),
    argv: generate,
    exit: 2,
    error: "programmeInvalid",
  },
  {
    name: "a programme whose two rows share an ID",
    make: put(
      "p.json",
      programmeJson((p) => {
        const areas = p["areas"] as { rows: { id: string }[] }[];
        const rows = areas[0]?.rows ?? [];
        if (rows[1] !== undefined && rows[0] !== undefined) rows[1].id = rows[0].id;
      })
    ),
    argv: generate,
    exit: 2,
    error: "programmeInvalid",
  },
  {
    name: "a programme whose period ends before it starts",
    make: put(
      "p.json",
      programmeJson((p) => {
        p["period"] = { from: 2021, to: 2018 };
      })
    ),
    argv: generate,
    exit: 2,
    error: "programmeInvalid",
  },
  {
    name: "a programme with a year as text",
    make: put(
      "p.json",
      programmeJson((p) => {
        p["period"] = { from: "2018", to: 2021 };
      })
    ),
    argv: generate,
    exit: 2,
    error: "programmeInvalid",
  },
  {
    name: "a programme nested 100,000 levels deep",
    make: put("p.json", `${"[".repeat(100_000)}${"]".repeat(100_000)}`),
    argv: generate,
    exit: 2,
    error: "programmeInvalid",
  },
  {
    name: "a programme of 40 MB",
    make: put(
      "p.json",
      programmeJson((p) => (p["notes"] = "x".repeat(40 * 1024 * 1024)))
    ),
    argv: generate,
    exit: 2,
    error: "programmeTooLarge",
  },
  {
    name: "a programme with a byte-order mark (read as the JSON it is)",
    make: put("p.json", `\uFEFF${programmeJson(() => undefined)}`),
    argv: generate,
    exit: 0,
    writes: ["out.xlsx"],
  },
  {
    name: "a programme that is not there",
    make: () => Promise.resolve(),
    argv: generate,
    exit: 2,
    error: "fileNotFound",
  },
  {
    name: "a programme file in Latin-1 with a broken character",
    make: put("p.json", new Uint8Array([0x7b, 0x22, 0x6e, 0xe5, 0x22, 0x3a, 0x31, 0x7d])),
    argv: generate,
    exit: 2,
    error: "programmeInvalid",
  },
];

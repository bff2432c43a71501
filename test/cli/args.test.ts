import { globalOptions, langOf, parseArgs, type OptionSpec } from "../../src/cli/args";
import { CliError } from "../../src/cli/errors";

const spec = (command: string | null): OptionSpec =>
  command === "generate" ? { out: "string", force: "boolean" } : {};

function usageKey(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof CliError) {
      return e.key;
    }
    throw e;
  }
  throw new Error("no error");
}

describe("parseArgs", () => {
  it("takes the command, its options in both spellings and global options anywhere", () => {
    const parsed = parseArgs(["--lang", "en", "generate", "--out=a.xlsx", "--force", "--json"], spec);
    expect(parsed.command).toBe("generate");
    expect(parsed.options.get("out")).toBe("a.xlsx");
    expect(parsed.options.get("force")).toBe(true);
    expect(globalOptions(parsed)).toEqual({ lang: "en", json: true, help: false });
    expect(parseArgs(["generate", "--out", "b.xlsx"], spec).options.get("out")).toBe("b.xlsx");
  });

  it("keeps positionals in order and treats everything after -- as positional", () => {
    const parsed = parseArgs(["check", "a.xlsx", "--", "--odd-name.xlsx"], spec);
    expect(parsed.positionals).toEqual(["a.xlsx", "--odd-name.xlsx"]);
  });

  it("reports unknown options, missing values, values on flags and repeated options", () => {
    expect(usageKey(() => parseArgs(["generate", "--bogus"], spec))).toBe("unknownOptionFor");
    expect(usageKey(() => parseArgs(["--bogus"], spec))).toBe("unknownOption");
    expect(usageKey(() => parseArgs(["generate", "--out"], spec))).toBe("optionNeedsValue");
    expect(usageKey(() => parseArgs(["generate", "--out", "--force"], spec))).toBe("optionNeedsValue");
    expect(usageKey(() => parseArgs(["generate", "--force=yes"], spec))).toBe("optionTakesNoValue");
    expect(usageKey(() => parseArgs(["generate", "--out", "a", "--out", "b"], spec))).toBe("optionTwice");
    expect(usageKey(() => globalOptions(parseArgs(["--lang", "de"], spec)))).toBe("badLang");
  });

  it("knows -h as --help", () => {
    expect(globalOptions(parseArgs(["-h"], spec)).help).toBe(true);
  });

  it("finds the language before parsing, so usage errors come in it", () => {
    expect(langOf(["check", "--lang", "en", "--bogus"])).toBe("en");
    expect(langOf(["--lang=en"])).toBe("en");
    expect(langOf(["--lang", "de"])).toBe("sv");
    expect(langOf([])).toBe("sv");
  });
});

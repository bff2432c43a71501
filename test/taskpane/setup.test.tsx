/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { defaultProgramme, parseProgramme, renderConflict } from "../../src/core";
import type { Lang, Programme, UpdateConflict } from "../../src/core";
import { SetupScreen } from "../../src/taskpane/features/setup/SetupScreen";
import { FakeFollowupService } from "./fake-service";
import { renderWith, text } from "./render";
import { fromOfficeCode } from "../../src/excel/errors";
import { renderAddinError } from "../../src/taskpane/i18n/error-texts";

function notAFollowup(): FakeFollowupService {
  const service = new FakeFollowupService();
  service.meta = null;
  return service;
}

async function renderSetup(lang: Lang, service: FakeFollowupService, currentYear = 2020): Promise<void> {
  renderWith(<SetupScreen currentYear={currentYear} />, { lang, service });
  await waitFor(() => expect(service.argsOf("readMeta")).toHaveLength(1));
  await screen.findByRole("button", { name: text(lang, service.meta === null ? "setup.generate" : "setup.update") });
}

function yearBox(lang: Lang): HTMLElement {
  return screen.getByRole("combobox", { name: text(lang, "setup.year.label") });
}

function pickFile(lang: Lang, name: string, content: string): void {
  fireEvent.click(screen.getByRole("radio", { name: text(lang, "setup.source.file") }));
  const input = screen.getByLabelText(text(lang, "setup.file.label"), { selector: "input[type=file]" });
  fireEvent.change(input, { target: { files: [new File([content], name, { type: "application/json" })] } });
}

describe("Set up", () => {
  it.each(["sv", "en"] as const)(
    "in a workbook already in use, says so first and shows Create as a secondary action (%s)",
    async (lang) => {
      const service = notAFollowup();
      service.contentSheets = ["Budget 2019"];
      await renderSetup(lang, service);
      const warning = text(lang, "setup.foreign", { count: 1, sheets: '"Budget 2019"' });
      expect(await screen.findByText(warning)).toBeTruthy();
      // Fluent's appearance shows only in hashed classes: the button looks otherwise than Create in an empty workbook.
      const inUse = screen.getByRole("button", { name: text(lang, "setup.generate") }).className;

      // An empty workbook: no warning, and Create is the primary action.
      document.body.innerHTML = "";
      const empty = notAFollowup();
      await renderSetup(lang, empty);
      await waitFor(() => expect(empty.argsOf("sheetsWithContent")).toHaveLength(1));
      expect(screen.queryByText(/Budget 2019/)).toBeNull();
      const primary = screen.getByRole("button", { name: text(lang, "setup.generate") }).className;
      expect(inUse).not.toBe(primary);
    }
  );

  it.each(["sv", "en"] as const)("offers the bundled programme, the default year and Generate (%s)", async (lang) => {
    const service = notAFollowup();
    await renderSetup(lang, service);
    const programme = defaultProgramme();
    expect(screen.getByText(programme.name.text)).toBeTruthy();
    const bundled = text(lang, "setup.source.bundled", {
      municipality: programme.municipality,
      from: programme.period.from,
      to: programme.period.to,
    });
    expect((screen.getByRole("radio", { name: bundled }) as HTMLInputElement).checked).toBe(true);
    expect(yearBox(lang).textContent).toBe("2019");
    expect(screen.queryByRole("button", { name: text(lang, "setup.update") })).toBeNull();
  });

  it("starts at the period's first year when last year lies outside the period", async () => {
    await renderSetup("sv", notAFollowup(), 2030);
    expect(yearBox("sv").textContent).toBe(String(defaultProgramme().period.from));
  });

  it("offers only the years of the programme period, and generates for the chosen year with progress", async () => {
    const service = notAFollowup();
    await renderSetup("sv", service);
    fireEvent.click(yearBox("sv"));
    const { from, to } = defaultProgramme().period;
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(
      Array.from({ length: to - from + 1 }, (_, i) => String(from + i))
    );
    fireEvent.click(screen.getByRole("option", { name: "2018" }));

    const release = service.hold("generate");
    fireEvent.click(screen.getByRole("button", { name: text("sv", "setup.generate") }));
    expect(await screen.findByRole("progressbar")).toBeTruthy();
    await act(async () => release());
    await screen.findByText(text("sv", "setup.generated", { year: 2018 }));
    const [[programme, year]] = service.argsOf("generate") as [[Programme, number]];
    expect(year).toBe(2018);
    expect(programme).toEqual(defaultProgramme());
    // Now a follow-up workbook: Update instead of Generate.
    expect(await screen.findByRole("button", { name: text("sv", "setup.update") })).toBeTruthy();
    // The pressed button is gone: the focus is on what happened, not on the page's body.
    expect(document.activeElement?.textContent).toContain(text("sv", "setup.generated", { year: 2018 }));
  });

  it("shows each progress step the adapter reports, in the UI language", async () => {
    const service = notAFollowup();
    let report: (() => void) | undefined;
    service.generate = async (_p, _y, onProgress) => {
      onProgress?.({ step: "progress.writingSheets", done: 1, total: 4 });
      await new Promise<void>((resolve) => (report = resolve));
    };
    await renderSetup("en", service);
    fireEvent.click(screen.getByRole("button", { name: text("en", "setup.generate") }));
    expect(await screen.findByText(text("en", "progress.writingSheets"))).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.25");
    await act(async () => report?.());
  });

  it("reads a programme file and lists its problems, each naming where", async () => {
    const service = notAFollowup();
    await renderSetup("sv", service);
    const broken = defaultProgramme() as unknown as { period: { from: unknown } };
    broken.period.from = "tjugoarton";
    pickFile("sv", "program.json", JSON.stringify(broken));
    await screen.findByText(text("sv", "setup.file.problems", { file: "program.json" }));
    const expected = parseProgramme(broken, "sv");
    if (expected.ok) throw new Error("the broken programme is rejected");
    for (const problem of expected.problems) expect(screen.getByText(problem)).toBeTruthy();
    expect(screen.getByRole("button", { name: text("sv", "setup.generate") }).hasAttribute("disabled")).toBe(true);
  });

  it("says when a file is no JSON", async () => {
    await renderSetup("en", notAFollowup());
    pickFile("en", "notes.txt", "Program för trygghet");
    const title = await screen.findByText(text("en", "setup.file.problems", { file: "notes.txt" }));
    expect(title.closest("[role=group], .fui-MessageBar")?.textContent).toContain("The file is not JSON");
  });

  it("generates from a good programme file", async () => {
    const service = notAFollowup();
    await renderSetup("sv", service);
    const own = defaultProgramme();
    own.name = { text: "Program för trygghet 2022–2025", provenance: "confirmed" };
    own.period = { from: 2022, to: 2025 };
    pickFile("sv", "eget.json", JSON.stringify(own));
    await screen.findByText("Program för trygghet 2022–2025");
    expect(yearBox("sv").textContent).toBe("2022");
    fireEvent.click(screen.getByRole("button", { name: text("sv", "setup.generate") }));
    await waitFor(() => expect(service.argsOf("generate")).toHaveLength(1));
    expect(service.argsOf("generate")[0]).toEqual([own, 2022]);
  });

  it("reads the programme table from the named sheet, in the UI language, and lists its problems", async () => {
    const service = notAFollowup();
    service.programmeTable = {
      ok: false,
      problems: ['rad 12: Typ ska vara Mål, Aktivitet eller Indikator (är "Akt")'],
    };
    await renderSetup("sv", service);
    fireEvent.click(screen.getByRole("radio", { name: text("sv", "setup.source.sheet") }));
    fireEvent.change(screen.getByRole("textbox", { name: text("sv", "setup.sheet.label") }), {
      target: { value: " Programtabell " },
    });
    fireEvent.click(screen.getByRole("button", { name: text("sv", "setup.sheet.read") }));
    await screen.findByText(text("sv", "setup.sheet.problems", { sheet: "Programtabell" }));
    expect(service.argsOf("readProgrammeTable")).toEqual([["Programtabell", "sv"]]);
    expect(screen.getByText('rad 12: Typ ska vara Mål, Aktivitet eller Indikator (är "Akt")')).toBeTruthy();
  });

  it("updates a follow-up workbook and lists the rows it could not match", async () => {
    const service = new FakeFollowupService();
    const conflict: UpdateConflict = {
      rowId: "1.A9",
      sheet: "1 Trygghet",
      cell: "A12",
      reason: "unknownRow",
      params: {},
    };
    service.updateOutcome = { ok: false, conflicts: [conflict] };
    await renderSetup("sv", service);
    expect(screen.getByText(text("sv", "setup.meta.followup", { year: 2019 }))).toBeTruthy();
    expect(screen.queryByRole("combobox", { name: text("sv", "setup.year.label") })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: text("sv", "setup.update") }));
    await screen.findByText(text("sv", "setup.update.conflicts"));
    expect(screen.getByText(`1 Trygghet!A12 (1.A9): ${renderConflict(conflict, "sv")}`)).toBeTruthy();

    service.updateOutcome = { ok: true, added: 3, retired: 1, moved: 2 };
    fireEvent.click(screen.getByRole("button", { name: text("sv", "setup.update") }));
    expect(await screen.findByText(text("sv", "setup.updated", { added: 3, retired: 1, moved: 2 }))).toBeTruthy();
  });

  it("shows the adapter's error with its action, and an unexpected error as a generic message with its detail", async () => {
    const service = notAFollowup();
    await renderSetup("en", service);
    const failure = fromOfficeCode("RequestPayloadSizeLimitExceeded");
    const shown = renderAddinError(failure, "en");
    service.failNext("generate", failure);
    fireEvent.click(screen.getByRole("button", { name: text("en", "setup.generate") }));
    let alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(shown.message);
    expect(alert.textContent).toContain(shown.action);

    service.failNext("generate", new TypeError("x is undefined"));
    fireEvent.click(screen.getByRole("button", { name: text("en", "setup.generate") }));
    await waitFor(() => expect(service.argsOf("generate")).toHaveLength(2));
    alert = await screen.findByRole("alert");
    await waitFor(() => expect(alert.textContent).toContain(text("en", "error.unexpected.message")));
    expect(alert.textContent).toContain(text("en", "error.unexpected.action"));
    expect(within(alert).getByText(/x is undefined/)).toBeTruthy();
  });
});

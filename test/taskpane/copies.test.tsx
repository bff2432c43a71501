/** @jest-environment jsdom */
import "./text-codecs";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { copyInfoFor, defaultProgramme } from "../../src/core";
import type { MergeConflict } from "../../src/core";
import { buildWorkbookFile } from "../../src/cli/workbook-file";
import { CopiesScreen } from "../../src/taskpane/features/copies/CopiesScreen";
import { FakeFollowupService } from "./fake-service";
import { renderWith } from "./render";

/**
 * "Avdelningskopior via e-post" on the Konfigurera tab: copies offered as downloads, chosen files
 * read by the real reader and handed to the service, conflicts shown with both values and decided
 * one by one, refusals said with why.
 */

const programme = defaultProgramme();
const downloads: string[] = [];

beforeEach(() => {
  downloads.length = 0;
  Object.defineProperty(URL, "createObjectURL", { configurable: true, writable: true, value: () => "blob:test/1" });
  Object.defineProperty(URL, "revokeObjectURL", { configurable: true, writable: true, value: () => undefined });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});

afterEach(() => jest.restoreAllMocks());

/** A real department copy as the user chooses it in the file dialog. */
async function copyFile(name: string): Promise<File> {
  const values = new Map();
  const copy = copyInfoFor({
    programme,
    year: 2019,
    values,
    masterGeneratedAt: "",
    department: "KSF",
    now: new Date(),
  });
  const { data } = await buildWorkbookFile({
    programme,
    year: 2019,
    values,
    choices: {},
    retired: [],
    closed: false,
    now: new Date(),
    copy,
  });
  const file = new File([new Uint8Array(data)], name);
  // jsdom's File has no arrayBuffer(); the browser's has.
  Object.defineProperty(file, "arrayBuffer", { value: async () => new Uint8Array(data).buffer });
  return file;
}

const conflict: MergeConflict = {
  rowId: "1.M1",
  column: "comment",
  sheet: "1 Trygghet och brott",
  cell: "G8",
  copy: "ksf.xlsx",
  against: "master",
  base: "",
  mine: "KSF:s kommentar",
  theirs: "Samordnarens",
  outcome: "open",
};

describe("department copies in the task pane", () => {
  test("Send out offers one download per department", async () => {
    const service = new FakeFollowupService();
    renderWith(<CopiesScreen />, { lang: "sv", service });
    fireEvent.click(screen.getByRole("button", { name: "Skicka ut till förvaltningarna" }));
    const made = await screen.findByTestId("copies-made");
    expect(within(made).getByRole("status").textContent).toMatch(/3 kopior för uppföljningen 2019/);
    fireEvent.click(within(made).getByRole("button", { name: /Ladda ned Uppföljning 2019 – KSF\.xlsx/ }));
    expect(downloads).toEqual(["Uppföljning 2019 – KSF.xlsx"]);
  });

  test("chosen copies are read and merged; a conflict shows both values and is decided as chosen", async () => {
    const service = new FakeFollowupService();
    service.mergeOutcome = (decisions) => ({
      ok: true,
      written: decisions.size > 0 ? 1 : 3,
      report: {
        copies: [
          {
            copy: "ksf.xlsx",
            department: "KSF",
            madeAt: "",
            owned: 41,
            taken: [
              {
                rowId: "1.A1",
                column: "status",
                sheet: "1 Trygghet och brott",
                cell: "E9",
                copy: "ksf.xlsx",
                value: "Pågår",
              },
            ],
            unchanged: 40,
            outside: [{ rowId: "1.M2", sheet: "1 Trygghet och brott" }],
            missing: [],
            own: { sheets: ["Mina anteckningar"], cells: ["1 Trygghet och brott!T9"] },
          },
        ],
        conflicts: decisions.size > 0 ? [{ ...conflict, outcome: "tookCopy" }] : [conflict],
        stillMissing: [{ department: "KSF", rows: ["1.M3"] }],
      },
    });
    renderWith(<CopiesScreen />, { lang: "sv", service });
    fireEvent.change(screen.getByTestId("copies-input"), { target: { files: [await copyFile("ksf.xlsx")] } });
    const result = await screen.findByTestId("merge-result", {}, { timeout: 15_000 });
    expect(service.calls.find((c) => c.method === "mergeCopies")?.args).toEqual([["ksf.xlsx"], []]);
    expect(result.textContent).toMatch(/1 cell togs in från 1 kopia/);
    expect(result.textContent).toMatch(
      /ksf\.xlsx ändrade 1 rad som förvaltningen inte ansvarar för; de togs inte in: 1\.M2/
    );
    expect(result.textContent).toMatch(
      /ksf\.xlsx har eget innehåll som inte tas in \(det finns kvar i kopian\): 'Mina anteckningar', 1 Trygghet och brott!T9/
    );
    const conflicts = within(result).getByTestId("merge-conflicts");
    expect(conflicts.textContent).toMatch(/1 Trygghet och brott!G8, rad 1\.M1, Kommentar\/analys/);
    const take = within(conflicts).getByRole("radio", { name: /Ta kopians \(ksf\.xlsx\): ”KSF:s kommentar”/ });
    expect(
      (within(conflicts).getByRole("radio", { name: /Behåll arbetsbokens: ”Samordnarens”/ }) as HTMLInputElement)
        .checked
    ).toBe(true);
    fireEvent.click(take);
    fireEvent.click(within(conflicts).getByRole("button", { name: "Verkställ valen" }));
    await waitFor(() => expect(screen.queryByTestId("merge-conflicts")).toBeNull());
    const calls = service.calls.filter((c) => c.method === "mergeCopies");
    expect(calls[1]?.args).toEqual([["ksf.xlsx"], [["1.M1\u0000comment\u0000ksf.xlsx", "copy"]]]);
    expect(screen.getByText("1 konflikt avgjorda.")).toBeTruthy();
  }, 30_000);

  test("a copy of another year is refused with why; a file that is no workbook is named", async () => {
    const service = new FakeFollowupService();
    service.mergeOutcome = () => ({
      ok: false,
      refusals: [{ copy: "ksf.xlsx", reason: "otherYear", year: 2020, master: 2019 }],
    });
    renderWith(<CopiesScreen />, { lang: "en", service });
    const junk = new File(["not a workbook"], "notes.xlsx");
    Object.defineProperty(junk, "arrayBuffer", {
      value: async () => new TextEncoder().encode("not a workbook").buffer,
    });
    fireEvent.change(screen.getByTestId("copies-input"), { target: { files: [await copyFile("ksf.xlsx"), junk] } });
    await waitFor(
      () => expect(screen.getByText(/ksf\.xlsx belongs to the 2020 follow-up, the workbook to 2019\./)).toBeTruthy(),
      {
        timeout: 15_000,
      }
    );
    expect(screen.getByText("notes.xlsx: no .xlsx workbook that can be read")).toBeTruthy();
    expect(service.calls.find((c) => c.method === "mergeCopies")?.args).toEqual([["ksf.xlsx"], []]);
  }, 30_000);
});

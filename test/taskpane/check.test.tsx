/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderFinding } from "../../src/core";
import type { Finding, Lang } from "../../src/core";
import { CheckScreen } from "../../src/taskpane/features/check/CheckScreen";
import { FakeFollowupService } from "./fake-service";
import { renderWith, text } from "./render";
import { ownError } from "../../src/excel/errors";
import { renderAddinError } from "../../src/taskpane/i18n/error-texts";

function finding(partial: Partial<Finding> & Pick<Finding, "code" | "sheet" | "cell">): Finding {
  return { severity: "error", rowId: null, messageKey: partial.code, params: {}, ...partial };
}

/** Findings on two area sheets and one about the whole workbook, as the check gives them. */
function findingsOf(service: FakeFollowupService): Finding[] {
  const [first, second] = service.programme.areas;
  if (first === undefined || second === undefined) throw new Error("two areas");
  const a = first.sheetName;
  const b = second.sheetName;
  return [
    finding({ code: "commentRequired", sheet: a, cell: "G9", rowId: "1.A2", params: { status: "Försenad" } }),
    finding({
      code: "valueNegative",
      sheet: b,
      cell: "H12",
      rowId: "2.I1",
      params: { value: -3, column: "Värde i år" },
    }),
    finding({
      code: "unknownStatus",
      severity: "warning",
      sheet: a,
      cell: "E11",
      rowId: "1.A4",
      messageKey: "unknownStatus.didYouMean",
      params: { value: "pågår", suggestion: "Pågår", expected: "Genomförd, Pågår, Försenad, Ej påbörjad, Utgår" },
    }),
    finding({
      code: "notReported",
      severity: "info",
      sheet: null,
      cell: null,
      params: { department: "KSF", count: 2, rows: "1.A1, 1.A3" },
    }),
  ];
}

async function renderCheck(lang: Lang, service: FakeFollowupService) {
  renderWith(<CheckScreen />, { lang, service });
  await screen.findByText(text(lang, "check.counts", { errors: 2, warnings: 1 }));
}

describe("Check", () => {
  it.each(["sv", "en"] as const)("groups the problems by sheet, each in the UI language (%s)", async (lang) => {
    const service = new FakeFollowupService();
    service.findings = findingsOf(service);
    await renderCheck(lang, service);
    const [first, second] = service.programme.areas;
    const headers = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headers.slice(0, 3)).toEqual([
      text(lang, "check.group", { sheet: first?.sheetName ?? "", count: 2 }),
      text(lang, "check.group", { sheet: second?.sheetName ?? "", count: 1 }),
      text(lang, "check.group", { sheet: text(lang, "check.workbook"), count: 1 }),
    ]);
    for (const f of service.findings) {
      expect(screen.getByText(renderFinding(f, lang))).toBeTruthy();
    }
  });

  it("selects a problem's cell in its sheet when its button is clicked", async () => {
    const service = new FakeFollowupService();
    service.findings = findingsOf(service);
    await renderCheck("sv", service);
    const negative = service.findings[1];
    if (negative?.sheet === null || negative?.sheet === undefined) throw new Error("a finding with a sheet");
    const item = screen.getByText(renderFinding(negative, "sv")).closest("li");
    if (item === null) throw new Error("the finding is a list item");
    fireEvent.click(within(item).getByRole("button", { name: text("sv", "check.goToCell", { cell: "H12" }) }));
    await waitFor(() => expect(service.argsOf("selectCell")).toEqual([[negative.sheet, "H12"]]));
    // The workbook-wide finding has no cell to go to.
    const info = service.findings[3];
    if (info === undefined) throw new Error("four findings");
    const infoItem = screen.getByText(renderFinding(info, "sv")).closest("li");
    expect(infoItem === null ? null : within(infoItem).queryByRole("button")).toBeNull();
  });

  it("marks the problems with a cell in the sheets, and removes the marks", async () => {
    const service = new FakeFollowupService();
    service.findings = findingsOf(service);
    await renderCheck("sv", service);
    fireEvent.click(screen.getByRole("button", { name: text("sv", "check.mark") }));
    await waitFor(() => expect(service.argsOf("markProblems")).toHaveLength(1));
    const [marked] = service.argsOf("markProblems")[0] as [Finding[]];
    expect(marked.map((f) => f.cell)).toEqual(["G9", "H12", "E11"]);
    expect(await screen.findByText(text("sv", "check.marked", { count: 3 }))).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: text("sv", "check.clear") }));
    await waitFor(() => expect(service.argsOf("clearProblemMarks")).toHaveLength(1));
    expect(await screen.findByText(text("sv", "check.cleared"))).toBeTruthy();
  });

  it.each(["sv", "en"] as const)("shows reporting progress per department and who is ready (%s)", async (lang) => {
    const service = new FakeFollowupService();
    const ksfRows = service.programme.areas.flatMap((a) => a.rows).filter((r) => r.department === "KSF");
    const filled = ksfRows.slice(0, 2);
    for (const r of filled)
      service.setCells(r.id, r.type === "indicator" ? { value: 1 } : { status: r.type === "goal" ? "I fas" : "Pågår" });
    service.ready = { NBF: "2020-01-31" };
    renderWith(<CheckScreen />, { lang, service });
    const list = await screen.findByRole("list", { name: text(lang, "check.progress.title") });
    const ksf = within(list)
      .getByText(/^KSF – /)
      .closest("li");
    if (ksf === null) throw new Error("KSF has a progress row");
    expect(within(ksf).getByText(text(lang, "check.progress.rows", { filled: 2, owned: ksfRows.length }))).toBeTruthy();
    const bar = within(ksf).getByRole("progressbar");
    expect(Number(bar.getAttribute("aria-valuenow"))).toBeCloseTo(2 / ksfRows.length);
    const nbf = within(list)
      .getByText(/^NBF – /)
      .closest("li");
    expect(
      nbf === null ? null : within(nbf).getByText(text(lang, "check.progress.ready", { date: "2020-01-31" }))
    ).toBeTruthy();
  });

  it("shows a read error with what to do", async () => {
    const service = new FakeFollowupService();
    const failure = ownError({ kind: "notAFollowupWorkbook", sheet: "Data" });
    const shown = renderAddinError(failure, "sv");
    service.failNext("read", failure);
    renderWith(<CheckScreen />, { lang: "sv", service });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(shown.message);
    expect(alert.textContent).toContain(shown.action);
  });
});

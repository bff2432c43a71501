/** @jest-environment jsdom */
import axe from "axe-core";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { Finding, Lang } from "../../src/core";
import { App, type TabKey } from "../../src/taskpane/App";
import { FakeFollowupService } from "./fake-service";
import { text } from "./render";

/**
 * axe-core over each screen as jsdom renders it. jsdom does no layout, so rules that need it
 * (colour contrast) cannot run here; the browser tests run axe again on the real pages.
 */
async function violations(): Promise<string[]> {
  // axe moves focus while it looks; Fluent's Card answers with a state update, so inside act.
  let result: axe.AxeResults | undefined;
  await act(async () => {
    result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  });
  if (result === undefined) throw new Error("axe gave no result");
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
}

function serviceWithWork(): FakeFollowupService {
  const service = new FakeFollowupService();
  const area = service.programme.areas[0];
  const row = area?.rows.find((r) => r.type === "activity");
  if (area === undefined || row === undefined) throw new Error("an activity");
  service.setCells(row.id, { status: "Försenad" });
  const finding: Finding = {
    severity: "error",
    code: "commentRequired",
    sheet: area.sheetName,
    cell: "G9",
    rowId: row.id,
    messageKey: "commentRequired",
    params: { status: "Försenad" },
  };
  service.findings = [finding];
  return service;
}

const READY: Record<TabKey, (lang: Lang) => Promise<unknown>> = {
  setup: (lang) => screen.findByRole("button", { name: text(lang, "setup.update") }),
  myRows: async (lang) => {
    fireEvent.click(await screen.findByRole("combobox", { name: text(lang, "myRows.department.label") }));
    // A department with an activity and an indicator, and few rows (axe is slow on large jsdom trees).
    const service = new FakeFollowupService();
    const rows = service.programme.areas.flatMap((a) => a.rows);
    const [code] = service.programme.departments
      .map((d) => d.code)
      .filter((c) => ["activity", "indicator"].every((t) => rows.some((r) => r.department === c && r.type === t)))
      .sort((a, b) => rows.filter((r) => r.department === a).length - rows.filter((r) => r.department === b).length);
    fireEvent.click(screen.getByRole("option", { name: new RegExp(`^${code ?? ""} – `) }));
    return screen.findAllByRole("group");
  },
  check: (lang) => screen.findByText(text(lang, "check.counts", { errors: 1, warnings: 0 })),
  summary: (lang) => screen.findByRole("button", { name: text(lang, "summary.write") }),
  yearEnd: (lang) => screen.findByText(text(lang, "yearEnd.yearLine", { year: 2019 })),
};

describe("accessibility (axe-core, no serious or critical violations)", () => {
  it.each(["setup", "myRows", "check", "summary", "yearEnd"] as const)("the %s screen", async (tab) => {
    render(<App lang="sv" service={serviceWithWork()} insideOffice initialTab={tab} />);
    await READY[tab]("sv");
    await waitFor(() => expect(screen.queryByRole("progressbar", { name: /Läser/ })).toBeNull());
    expect(await violations()).toEqual([]);
    // Every name given by reference points at an element that is there.
    const dangling = [...document.querySelectorAll("[aria-labelledby], [aria-describedby]")].flatMap((el) =>
      ["aria-labelledby", "aria-describedby"].flatMap((attr) =>
        (el.getAttribute(attr) ?? "")
          .split(/\s+/)
          .filter((id) => id !== "" && document.getElementById(id) === null)
          .map((id) => `${el.tagName.toLowerCase()} ${attr}=${id}`)
      )
    );
    expect(dangling).toEqual([]);
  });
});

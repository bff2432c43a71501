/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Lang } from "../../src/core";
import { App } from "../../src/taskpane/App";
import { startTaskPane } from "../../src/taskpane/bootstrap";
import { FakeFollowupService } from "./fake-service";
import { text } from "./render";
import { ownError } from "../../src/excel/errors";
import { renderAddinError } from "../../src/taskpane/i18n/error-texts";

const TAB_KEYS = ["tab.setup", "tab.myRows", "tab.check", "tab.summary", "tab.yearEnd"] as const;

/** The accessible name of the selected tab (a Fluent tab renders its text twice, one copy hidden). */
function selectedTab(): string | null {
  const names = TAB_KEYS.flatMap((k) => [text("sv", k), text("en", k)]);
  return names.find((name) => screen.queryByRole("tab", { name, selected: true }) !== null) ?? null;
}

describe("App", () => {
  it.each(["sv", "en"] as const)("names the five tabs in the UI language (%s)", async (lang: Lang) => {
    render(<App lang={lang} service={new FakeFollowupService()} insideOffice />);
    await waitFor(() => expect(selectedTab()).not.toBeNull());
    expect(screen.getAllByRole("tab")).toEqual(TAB_KEYS.map((k) => screen.getByRole("tab", { name: text(lang, k) })));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(text(lang, "app.title"));
  });

  it("opens Set up for a workbook that is no follow-up yet, and My rows for one that is", async () => {
    const fresh = new FakeFollowupService();
    fresh.meta = null;
    const { unmount } = render(<App lang="sv" service={fresh} insideOffice />);
    await waitFor(() => expect(selectedTab()).toBe(text("sv", "tab.setup")));
    // Set up, and beside it (the coordinator's too) the department copies, once their code has arrived.
    await waitFor(() =>
      expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
        text("sv", "setup.title"),
        text("sv", "copies.title"),
      ])
    );
    unmount();

    render(<App lang="sv" service={new FakeFollowupService()} insideOffice />);
    await waitFor(() => expect(selectedTab()).toBe(text("sv", "tab.myRows")));
    expect((await screen.findByRole("heading", { level: 2 })).textContent).toBe(text("sv", "myRows.title"));
  });

  it("keeps a half-filled form while the user looks at another tab", async () => {
    const service = new FakeFollowupService();
    render(<App lang="sv" service={service} insideOffice initialTab="myRows" />);
    fireEvent.click(await screen.findByRole("combobox", { name: text("sv", "myRows.department.label") }));
    fireEvent.click(screen.getByRole("option", { name: /^KSF – / }));
    const [first] = await screen.findAllByRole("textbox", { name: "Genomfört under året" });
    if (first === undefined) throw new Error("KSF has rows");
    fireEvent.change(first, { target: { value: "Halvvägs." } });

    fireEvent.click(screen.getByRole("tab", { name: text("sv", "tab.check") }));
    await waitFor(() => expect(service.argsOf("read").length).toBeGreaterThanOrEqual(2));
    expect(screen.getByRole("tabpanel", { name: text("sv", "tab.check") })).toBeTruthy();
    const reads = service.argsOf("read").length;
    fireEvent.click(screen.getByRole("tab", { name: text("sv", "tab.myRows") }));
    // Shown again, My rows reads the workbook again (the year may have closed meanwhile); the draft stays.
    await waitFor(() => expect(service.argsOf("read").length).toBe(reads + 1));
    const panel = screen.getByRole("tabpanel", { name: text("sv", "tab.myRows") });
    expect(
      (within(panel).getAllByRole("textbox", { name: "Genomfört under året" })[0] as HTMLTextAreaElement).value
    ).toBe("Halvvägs.");
  });

  it("shows an error reading the workbook at start, with its action, and falls back to Set up", async () => {
    const service = new FakeFollowupService();
    const failure = ownError({ kind: "workbookClosed", year: 2019 });
    const shown = renderAddinError(failure, "sv");
    service.failNext("readMeta", failure);
    render(<App lang="sv" service={service} insideOffice />);
    const [alert] = await screen.findAllByRole("alert");
    expect(alert?.textContent).toContain(shown.message);
    expect(alert?.textContent).toContain(shown.action);
    await waitFor(() => expect(selectedTab()).toBe(text("sv", "tab.setup")));
  });

  it("tells the user to open the add-in in Excel when the page is outside Office", () => {
    render(<App lang="en" service={null} insideOffice={false} />);
    expect(screen.getByText(text("en", "outside.title"))).toBeTruthy();
    expect(screen.queryByRole("tab")).toBeNull();
  });
});

describe("startTaskPane (the bootstrap)", () => {
  type OfficeGlobal = { onReady: () => Promise<{ host: string | null }>; context: { displayLanguage: string } };
  const global = globalThis as unknown as { Office?: OfficeGlobal };

  afterEach(() => {
    delete global.Office;
    document.body.innerHTML = "";
  });

  function container(): HTMLElement {
    const div = document.createElement("div");
    document.body.appendChild(div);
    return div;
  }

  it.each([
    ["sv-SE", "sv"],
    ["sv-FI", "sv"],
    ["en-US", "en"],
    ["de-DE", "en"],
  ] as const)("renders after Office.onReady in the language of %s", async (displayLanguage, lang) => {
    let ready: (info: { host: string | null }) => void = () => undefined;
    global.Office = {
      onReady: () => new Promise((resolve) => (ready = resolve)),
      context: { displayLanguage },
    };
    const service = new FakeFollowupService();
    const create = jest.fn(() => service);
    const root = container();
    startTaskPane(root, create);
    expect(create).not.toHaveBeenCalled();
    expect(root.textContent).toBe("");
    await act(async () => ready({ host: "Excel" }));
    await waitFor(() =>
      expect(screen.getAllByRole("tab")[0]).toBe(screen.getByRole("tab", { name: text(lang, "tab.setup") }))
    );
    expect(create).toHaveBeenCalledTimes(1);
  });

  it("shows the outside-Office message when office.js is missing or reports no host", async () => {
    const create = jest.fn(() => new FakeFollowupService());
    await act(async () => startTaskPane(container(), create));
    expect(await screen.findByText(text("sv", "outside.title"))).toBeTruthy();

    document.body.innerHTML = "";
    global.Office = { onReady: () => Promise.resolve({ host: null }), context: { displayLanguage: "en-US" } };
    await act(async () => startTaskPane(container(), create));
    expect(await screen.findByText(text("sv", "outside.title"))).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it("shows why the workbook service could not start", async () => {
    global.Office = { onReady: () => Promise.resolve({ host: "Excel" }), context: { displayLanguage: "en-GB" } };
    await act(async () =>
      startTaskPane(container(), () => {
        throw ownError({ kind: "excelTooOld" });
      })
    );
    const alert = await screen.findByRole("alert");
    const shown = renderAddinError(ownError({ kind: "excelTooOld" }), "en");
    expect(alert.textContent).toContain(shown.message);
    expect(alert.textContent).toContain(shown.action);
  });
});

import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/** The parts of axe-core's result the check reports. */
interface AxeNode {
  readonly target: readonly unknown[];
  readonly failureSummary?: string;
  readonly html: string;
}
interface AxeViolation {
  readonly id: string;
  readonly impact?: string | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly AxeNode[];
}

const BLOCKING = new Set(["serious", "critical"]);

/** axe-core's own browser script (installed from npm, not fetched). */
function axeScriptPath(): string {
  return require.resolve("axe-core/axe.min.js");
}

export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `- [${v.impact ?? "?"}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 5)
          .map(
            (n) =>
              `    at ${JSON.stringify(n.target)}: ${(n.failureSummary ?? "").replace(/\s+/g, " ")}\n      ${n.html.slice(0, 200)}`
          )
          .join("\n")
    )
    .join("\n");
}

/**
 * Runs axe-core on what the pane shows now and throws, listing them, when any violation is
 * serious or critical. Moderate and minor ones are returned for the report.
 */
export async function expectNoSeriousA11yViolations(page: Page, screen: string): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as unknown as { axe?: unknown }).axe !== "undefined");
  // Evaluated through the browser's debugging protocol, as a tester's console would: the page's own
  // Content-Security-Policy allows no inline script, so a <script> tag would be refused.
  if (!loaded) await page.evaluate(readFileSync(axeScriptPath(), "utf8"));
  const violations = (await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (ctx: object, o: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    // Fluent UI's focus manager (Tabster) adds <i data-tabster-dummy aria-hidden tabindex="0">
    // on purpose: they only pass focus on, and hiding them from screen readers is the point. axe
    // flags them as aria-hidden-focus, a false positive listed in Fluent v9's known issues
    // (microsoft/tabster#288, microsoft/fluentui#25133). Only those elements are left out.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations;
  })) as AxeViolation[];
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ""));
  if (blocking.length > 0) {
    throw new Error(
      `axe found serious or critical accessibility violations on "${screen}":\n${describeViolations(blocking)}`
    );
  }
  return violations;
}

import type { ListValidationPlan, ValidationAlert } from "../core";
import { OPERATION_BYTES, jsonBytes, utf8Length } from "./payload";
import type { WriteSession } from "./write-session";

/**
 * The plan's list validations, one per run of rows, applied as few as Excel allows: the runs that
 * share a rule (list, alert, texts) go in together as one multi-area range (Worksheet.getRanges,
 * ExcelApi 1.9), so a sheet whose goal and activity rows alternate costs a handful of operations,
 * not one validation per run.
 *
 * getRanges refuses long addresses; the limit is undocumented, and an address of 8,207 characters
 * was reported refused (github.com/OfficeDev/office-js/issues/5198), so an address is cut at half
 * that.
 */
export const MAX_AREAS_ADDRESS = 4_000;

const ALERT: Readonly<Record<ValidationAlert, "Stop" | "Warning" | "Information">> = {
  stop: "Stop",
  warning: "Warning",
  information: "Information",
};

interface ValidationGroup {
  readonly rule: Omit<ListValidationPlan, "range">;
  readonly addresses: string[];
}

/** Runs with the same rule together, in the plan's order of first appearance. */
function grouped(validations: readonly ListValidationPlan[]): ValidationGroup[] {
  const groups = new Map<string, ValidationGroup>();
  for (const v of validations) {
    const { range, ...rule } = v;
    const key = JSON.stringify([rule.source, rule.allowBlank, rule.alert, rule.errorTitle, rule.errorMessage]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { rule, addresses: [range] });
    else group.addresses.push(range);
  }
  return [...groups.values()];
}

/** Addresses joined with "," into lists of at most `limit` characters (one address alone may pass it). */
export function addressLists(addresses: readonly string[], limit: number = MAX_AREAS_ADDRESS): string[] {
  const lists: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current !== "" && current.length + 1 + a.length > limit) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? a : `${current},${a}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}

/** A list validation whose list is a range (the plan's source formula), never an inline list. */
function setRule(dv: Excel.DataValidation, rule: ValidationGroup["rule"]): void {
  dv.rule = { list: { inCellDropDown: true, source: rule.source } };
  dv.ignoreBlanks = rule.allowBlank;
  dv.errorAlert = { showAlert: true, style: ALERT[rule.alert], title: rule.errorTitle, message: rule.errorMessage };
}

export async function applyValidations(
  ws: Excel.Worksheet,
  validations: readonly ListValidationPlan[],
  session: WriteSession
): Promise<void> {
  for (const group of grouped(validations)) {
    for (const address of addressLists(group.addresses)) {
      // Five operations: the range, its dataValidation, rule, blanks, alert.
      await session.reserve(utf8Length(address) + jsonBytes(group.rule) + 4 * OPERATION_BYTES);
      const single = !address.includes(",");
      setRule(single ? ws.getRange(address).dataValidation : ws.getRanges(address).dataValidation, group.rule);
    }
  }
}

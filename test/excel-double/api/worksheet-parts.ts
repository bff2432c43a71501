import { hostError } from "../model/host-error";
import { ProtectionOptionsModel, SheetModel, defaultProtectionOptions } from "../model/sheet";
import { ProxyBase, ScalarSpecs, asOffice, installScalarAccessors } from "../runtime/proxy";
import { expectNumber, resolveRangeArgument } from "./shared";

const PROTECTION_SCALARS: ScalarSpecs<SheetModel> = {
  protected: { get: (s) => s.protection.protected },
  options: { get: (s) => ({ ...s.protection.options }) },
};

function mergeOptions(options: unknown): ProtectionOptionsModel {
  const merged = defaultProtectionOptions();
  if (options === undefined || options === null) return merged;
  if (typeof options !== "object") throw hostError("InvalidArgument", "protection options must be an object");
  for (const [k, v] of Object.entries(options as Record<string, unknown>)) {
    if (!(k in merged)) throw hostError("InvalidArgument", `unknown protection option "${k}"`);
    if (k === "selectionMode") {
      if (v !== "Normal" && v !== "Unlocked" && v !== "None")
        throw hostError("InvalidArgument", `selectionMode "${String(v)}"`);
      merged.selectionMode = v;
    } else if (typeof v === "boolean") {
      (merged as unknown as Record<string, boolean>)[k] = v;
    } else if (v !== undefined) {
      throw hostError("InvalidArgument", `protection option ${k} must be true or false`);
    }
  }
  return merged;
}

/**
 * Worksheet.protection. protect(): "Protects a worksheet. Fails if the worksheet has already been
 * protected." (learn.microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protect-member(1));
 * the code Excel gives for it is AccessDenied ("You cannot perform the requested operation.",
 * errorLocation WorksheetProtection.protect — github.com/OfficeDev/office-js/issues/6784). unprotect()
 * on an unprotected sheet does nothing (the documentation names no failure). A wrong password is
 * InvalidArgument, as documented for WorksheetProtection.pauseProtection.
 */
export class WorksheetProtectionProxy extends ProxyBase<SheetModel> {
  get _className(): string {
    return "WorksheetProtection";
  }
  get _scalars(): ScalarSpecs<SheetModel> {
    return PROTECTION_SCALARS;
  }
  declare readonly protected: Excel.WorksheetProtection["protected"];
  declare readonly options: Excel.WorksheetProtection["options"];

  load(
    option?: string | string[] | Excel.Interfaces.WorksheetProtectionLoadOptions | { select?: string; expand?: string }
  ): Excel.WorksheetProtection {
    this._load(option);
    return asOffice<Excel.WorksheetProtection>(this);
  }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this._method("protect", [options, password], (s) => {
      if (s.protection.protected) throw hostError("AccessDenied", `sheet "${s.name}" is already protected`);
      s.protection.options = mergeOptions(options);
      s.protection.password = password === undefined || password === null || password === "" ? null : password;
      s.protection.protected = true;
    });
  }

  unprotect(password?: string): void {
    this._method("unprotect", [password], (s) => {
      if (!s.protection.protected) return;
      if (s.protection.password !== null && password !== s.protection.password)
        throw hostError("InvalidArgument", "wrong password");
      s.protection.protected = false;
      s.protection.password = null;
    });
  }
}
installScalarAccessors(WorksheetProtectionProxy, PROTECTION_SCALARS);

/**
 * Worksheet.freezePanes. freezeAt: "The range provided corresponds to cells that will be frozen in
 * the top- and left-most pane." freezeRows / freezeColumns replace any earlier freeze (as the
 * Excel UI's Freeze Top Row does); count defaults to 1.
 */
export class FreezePanesProxy extends ProxyBase<SheetModel> {
  get _className(): string {
    return "WorksheetFreezePanes";
  }
  get _scalars(): ScalarSpecs<SheetModel> {
    return {};
  }

  load(option?: string | string[] | { select?: string; expand?: string }): Excel.WorksheetFreezePanes {
    this._load(option);
    return asOffice<Excel.WorksheetFreezePanes>(this);
  }

  freezeRows(count?: number): void {
    this._method("freezeRows", [count], (s) => {
      const n = count === undefined ? 1 : expectNumber(count, "count");
      if (!Number.isInteger(n) || n < 0) throw hostError("InvalidArgument", "freezeRows takes a count of 0 or more");
      s.freeze.rows = n;
      s.freeze.columns = 0;
    });
  }

  freezeColumns(count?: number): void {
    this._method("freezeColumns", [count], (s) => {
      const n = count === undefined ? 1 : expectNumber(count, "count");
      if (!Number.isInteger(n) || n < 0) throw hostError("InvalidArgument", "freezeColumns takes a count of 0 or more");
      s.freeze.columns = n;
      s.freeze.rows = 0;
    });
  }

  freezeAt(frozenRange: Excel.Range | string): void {
    this._method("freezeAt", [frozenRange], (s) => {
      const r = resolveRangeArgument(frozenRange, this._ctx._host.workbook, s);
      if (r.sheet !== s) throw hostError("InvalidArgument", "the range is on another sheet");
      s.freeze.rows = r.area.r1 + 1;
      s.freeze.columns = r.area.c1 + 1;
    });
  }

  unfreeze(): void {
    this._method("unfreeze", [], (s) => {
      s.freeze.rows = 0;
      s.freeze.columns = 0;
    });
  }
}

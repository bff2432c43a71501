import { hostError } from "../model/host-error";
import { InMemoryWorkbook } from "../model/workbook";
import { ProxyBase, ScalarSpecs, asOffice, installScalarAccessors } from "../runtime/proxy";
import { expectBoolean } from "./shared";

type ApplicationModel = InMemoryWorkbook["application"];

const APPLICATION_SCALARS: ScalarSpecs<ApplicationModel> = {};

/**
 * Excel.Application. suspendApiCalculationUntilNextSync / suspendScreenUpdatingUntilNextSync mark
 * the request they are sent with (RequestRecord.calculationSuspended / screenUpdatingSuspended),
 * so a test can check that a bulk write ran with them.
 */
export class ApplicationProxy extends ProxyBase<ApplicationModel> {
  get _className(): string {
    return "Application";
  }
  get _scalars(): ScalarSpecs<ApplicationModel> {
    return APPLICATION_SCALARS;
  }

  load(
    option?: string | string[] | Excel.Interfaces.ApplicationLoadOptions | { select?: string; expand?: string }
  ): Excel.Application {
    this._load(option);
    return asOffice<Excel.Application>(this);
  }
  set(properties: Excel.Interfaces.ApplicationUpdateData | Excel.Application): void {
    this._setMany(properties);
  }
  suspendApiCalculationUntilNextSync(): void {
    this._ctx._suspendCalculationUntilNextSync();
    this._method("suspendApiCalculationUntilNextSync", [], () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._ctx._suspendScreenUpdatingUntilNextSync();
    this._method("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
}
installScalarAccessors(ApplicationProxy, APPLICATION_SCALARS);

type RuntimeModel = InMemoryWorkbook["runtime"];

const RUNTIME_SCALARS: ScalarSpecs<RuntimeModel> = {
  enableEvents: {
    get: (r) => r.enableEvents,
    set: (r, v) => (r.enableEvents = expectBoolean(v, "Runtime.enableEvents")),
  },
};

/** context.runtime: enableEvents (ExcelApi 1.8), kept on the workbook so every context sees it. */
export class RuntimeProxy extends ProxyBase<RuntimeModel> {
  get _className(): string {
    return "Runtime";
  }
  get _scalars(): ScalarSpecs<RuntimeModel> {
    return RUNTIME_SCALARS;
  }
  declare enableEvents: Excel.Runtime["enableEvents"];
  load(
    option?: string | string[] | Excel.Interfaces.RuntimeLoadOptions | { select?: string; expand?: string }
  ): Excel.Runtime {
    this._load(option);
    return asOffice<Excel.Runtime>(this);
  }
  set(properties: Excel.Interfaces.RuntimeUpdateData | Excel.Runtime): void {
    this._setMany(properties);
  }
}
installScalarAccessors(RuntimeProxy, RUNTIME_SCALARS);

type WorkbookProtectionModel = InMemoryWorkbook["protection"];

const WB_PROTECTION_SCALARS: ScalarSpecs<WorkbookProtectionModel> = {
  protected: { get: (p) => p.protected },
};

/** Workbook structure protection: while on, sheets cannot be added, deleted, renamed, moved or hidden. */
export class WorkbookProtectionProxy extends ProxyBase<WorkbookProtectionModel> {
  get _className(): string {
    return "WorkbookProtection";
  }
  get _scalars(): ScalarSpecs<WorkbookProtectionModel> {
    return WB_PROTECTION_SCALARS;
  }
  declare readonly protected: Excel.WorkbookProtection["protected"];
  load(
    option?: string | string[] | Excel.Interfaces.WorkbookProtectionLoadOptions | { select?: string; expand?: string }
  ): Excel.WorkbookProtection {
    this._load(option);
    return asOffice<Excel.WorkbookProtection>(this);
  }
  protect(password?: string): void {
    this._method("protect", [password], (p) => {
      if (p.protected) throw hostError("AccessDenied", "the workbook is already protected");
      p.protected = true;
      p.password = password ?? null;
    });
  }
  unprotect(password?: string): void {
    this._method("unprotect", [password], (p) => {
      if (!p.protected) return;
      if (p.password !== null && p.password !== password) throw hostError("InvalidArgument", "wrong password");
      p.protected = false;
      p.password = null;
    });
  }
}
installScalarAccessors(WorkbookProtectionProxy, WB_PROTECTION_SCALARS);

import { HostError } from "../model/host-error";
import type { ApplicationProxy, RuntimeProxy } from "../api/application";
import type { WorkbookProxy } from "../api/workbook";
import { CLIENT_MESSAGES, DoubleUsageError, RichApiError, fromHostError } from "./errors";
import { DoubleHost, RequestRecord } from "./host";
import { ProxyBase, asOffice } from "./proxy";

export interface QueuedOp {
  readonly kind: "instantiate" | "set" | "method" | "load";
  readonly proxy: ProxyBase<object>;
  readonly name: string;
  readonly args: readonly unknown[];
  readonly location: string;
  readonly statement: string;
  readonly run: () => void;
}

/** UTF-8 size of a string, without Node's Buffer (the double also runs in a browser). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function payloadOf(op: QueuedOp): unknown {
  const base = { a: op.kind[0].toUpperCase(), o: op.proxy._id, n: op.name };
  if (op.kind === "instantiate") return { ...base, p: op.proxy._parent?._id ?? 0, g: op.args };
  if (op.kind === "set") return { ...base, v: op.args[0] };
  return { ...base, g: op.args };
}

function jsonReplacer(_key: string, value: unknown): unknown {
  return value instanceof ProxyBase ? { r: value._id } : value;
}

/** OfficeExtension.TrackedObjects. */
export class TrackedObjectsDouble {
  readonly _tracked = new Set<ProxyBase<object>>();

  add(objects: OfficeExtension.ClientObject | OfficeExtension.ClientObject[]): void {
    for (const o of Array.isArray(objects) ? objects : [objects]) {
      if (o instanceof ProxyBase) this._tracked.add(o);
    }
  }

  remove(objects: OfficeExtension.ClientObject | OfficeExtension.ClientObject[]): void {
    for (const o of Array.isArray(objects) ? objects : [objects]) {
      if (o instanceof ProxyBase) this._tracked.delete(o);
    }
  }
}

export interface ContextOptions {
  readonly delayForCellEdit: boolean;
}

export interface ContextFactories {
  readonly workbook: (ctx: RequestContextDouble) => WorkbookProxy;
  readonly application: (ctx: RequestContextDouble) => ApplicationProxy;
  readonly runtime: (ctx: RequestContextDouble) => RuntimeProxy;
}

/**
 * Excel.RequestContext: queues what the add-in asks for and sends it at sync(). A sync that fails
 * rejects with the error of the failing statement; the statements before it in the same request
 * have been applied (Excel carries out a request in order and stops at the first failure — there
 * is no rollback), the ones after it are dropped, and no load of that request delivers values.
 */
export class RequestContextDouble {
  readonly trackedObjects = new TrackedObjectsDouble();
  readonly requestHeaders: { [name: string]: string } = {};
  readonly _host: DoubleHost;
  _insideRun = false;
  _finished = false;
  _processing = false;
  _runIndex = -1;
  _options: ContextOptions = { delayForCellEdit: false };
  private _queue: QueuedOp[] = [];
  private _ids = 0;
  private _applies: (() => void)[] = [];
  private _response: unknown[] = [];
  private _suspendCalculation = false;
  private _suspendScreenUpdating = false;
  private readonly _factories: ContextFactories;
  private _workbook: WorkbookProxy | undefined;
  private _application: ApplicationProxy | undefined;
  private _runtime: RuntimeProxy | undefined;

  constructor(host: DoubleHost, factories: ContextFactories) {
    this._host = host;
    this._factories = factories;
  }

  _asOffice(): Excel.RequestContext {
    return asOffice<Excel.RequestContext>(this);
  }

  get workbook(): Excel.Workbook {
    this._workbook ??= this._factories.workbook(this);
    return asOffice<Excel.Workbook>(this._workbook);
  }

  get application(): Excel.Application {
    this._application ??= this._factories.application(this);
    return asOffice<Excel.Application>(this._application);
  }

  get runtime(): Excel.Runtime {
    this._runtime ??= this._factories.runtime(this);
    return asOffice<Excel.Runtime>(this._runtime);
  }

  get debugInfo(): OfficeExtension.RequestContextDebugInfo {
    return { pendingStatements: this._queue.map((op) => op.statement) };
  }

  load(object: OfficeExtension.ClientObject, option?: string | string[] | OfficeExtension.LoadOption): void {
    if (!(object instanceof ProxyBase))
      throw new DoubleUsageError("context.load() was given an object that is not one of the double's.");
    object._load(option);
  }

  loadRecursive(): void {
    throw new DoubleUsageError("context.loadRecursive() is not modelled; load the properties you need.");
  }

  trace(message: string): void {
    this._enqueueTrace(message);
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    return this._sync(false).then(() => passThroughValue as T);
  }

  // ---- internals ----------------------------------------------------------------------------

  _nextId(): number {
    return ++this._ids;
  }

  _enqueue(op: QueuedOp): void {
    this._queue.push(op);
  }

  private _enqueueTrace(message: string): void {
    const root = this._workbook;
    if (root === undefined) return;
    this._queue.push({
      kind: "method",
      proxy: root,
      name: "trace",
      args: [message],
      location: "RequestContext.trace",
      statement: `context.trace(${JSON.stringify(message)});`,
      run: () => undefined,
    });
  }

  _afterSuccess(apply: () => void): void {
    this._applies.push(apply);
  }

  _addResponse(value: unknown): void {
    this._response.push(value);
  }

  _suspendCalculationUntilNextSync(): void {
    this._suspendCalculation = true;
  }

  _suspendScreenUpdatingUntilNextSync(): void {
    this._suspendScreenUpdating = true;
  }

  /** Office.js refuses objects of another context as arguments, at once. */
  _checkArgument(arg: unknown): void {
    if (arg instanceof ProxyBase && arg._ctx !== this) {
      throw new RichApiError({
        code: "InvalidRequestContext",
        message: CLIENT_MESSAGES.invalidRequestContext,
        httpStatusCode: 400,
      });
    }
  }

  /**
   * One round trip. `closing` = the sync Excel.run does after the batch: it only counts (and only
   * reaches Excel) when operations are queued.
   */
  async _sync(closing: boolean): Promise<void> {
    const ops = this._queue;
    this._queue = [];
    const run = this._runIndex >= 0 ? this._host.runs[this._runIndex] : undefined;
    if (!closing || ops.length > 0) {
      this._host.syncCount++;
      if (run !== undefined) run.syncs++;
    }
    // A real round trip is asynchronous even when empty.
    await Promise.resolve();
    if (ops.length === 0) return;

    if (this._host.inCellEditMode) {
      if (this._options.delayForCellEdit) {
        await this._host.whenCellEditEnds();
      } else {
        // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit: without
        // delayForCellEdit "the batch fails immediately if the user is editing".
        throw this._failRequest(
          null,
          new RichApiError({
            code: "InvalidOperationInCellEditMode",
            message: CLIENT_MESSAGES.invalidOperationInCellEditMode,
          })
        );
      }
    }

    const json = JSON.stringify(ops.map(payloadOf), jsonReplacer);
    const record: RequestRecord = {
      run: this._runIndex,
      operations: ops.length,
      loads: ops.filter((o) => o.kind === "load").length,
      payloadBytes: utf8Length(json),
      responseBytes: 0,
      calculationSuspended: this._suspendCalculation,
      screenUpdatingSuspended: this._suspendScreenUpdating,
      eventsEnabled: this._host.workbook.runtime.enableEvents,
      failed: null,
    };
    this._suspendCalculation = false;
    this._suspendScreenUpdating = false;
    this._host.requests.push(record);
    if (run !== undefined) run.requests.push(this._host.requests.length - 1);

    const web = this._host.options.platform === "web";
    if (web && record.payloadBytes > this._host.options.payloadLimitBytes) {
      // learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins:
      // "Excel on the web has a payload size limit for requests and responses of 5MB."
      throw this._failRequest(
        record,
        new RichApiError({
          code: "RequestPayloadSizeLimitExceeded",
          message: CLIENT_MESSAGES.requestPayloadSizeLimitExceeded,
          detail: `${record.payloadBytes} bytes`,
        })
      );
    }

    this._applies = [];
    this._response = [];
    for (const op of ops) {
      if (this._finished && !this._isTracked(op.proxy)) {
        throw this._failRequest(
          record,
          new RichApiError({
            code: "InvalidObjectPath",
            message: CLIENT_MESSAGES.invalidObjectPath(op.location),
            errorLocation: op.location,
            detail: "the object belongs to an Excel.run that has ended; track it with context.trackedObjects.add()",
          })
        );
      }
      try {
        op.run();
      } catch (e) {
        if (e instanceof HostError) throw this._failRequest(record, fromHostError(e, op.location, op.statement));
        if (e instanceof RichApiError) throw this._failRequest(record, e);
        throw e;
      }
    }
    record.responseBytes = utf8Length(JSON.stringify(this._response));
    this._response = [];
    if (web && record.responseBytes > this._host.options.payloadLimitBytes) {
      // Excel on the web carried the request out; only the answer is too large to come back.
      throw this._failRequest(
        record,
        new RichApiError({
          code: "ResponsePayloadSizeLimitExceeded",
          message: CLIENT_MESSAGES.responsePayloadSizeLimitExceeded,
          detail: `${record.responseBytes} bytes`,
        })
      );
    }
    const applies = this._applies;
    this._applies = [];
    for (const apply of applies) apply();
  }

  private _failRequest(record: RequestRecord | null, error: RichApiError): RichApiError {
    if (record !== null) record.failed = error.code;
    this._applies = [];
    this._response = [];
    return error;
  }

  /** After Excel.run, objects it created are released unless tracked (as are their children). */
  private _isTracked(proxy: ProxyBase<object>): boolean {
    let createdInRun = false;
    for (let p: ProxyBase<object> | null = proxy; p !== null; p = p._parent) {
      if (this.trackedObjects._tracked.has(p)) return true;
      createdInRun ||= p._createdInRun;
    }
    return !createdInRun;
  }
}

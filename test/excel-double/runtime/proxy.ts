import { HostError, hostError } from "../model/host-error";
import { InMemoryWorkbook } from "../model/workbook";
import type { RequestContextDouble } from "./context";
import { CLIENT_MESSAGES, DoubleUsageError, RichApiError, fromHostError, propertyNotLoaded } from "./errors";
import { LoadSelection, parseLoadArgument } from "./load";
import { REQUIREMENTS, versionAtLeast } from "./requirements";

/**
 * The proxy machinery, after Office.js's: every object an add-in touches is a proxy with an
 * object path (its parent and how it was reached). Creating one queues an "instantiate" action,
 * setting a property or calling a method queues an action, load() queues a query; nothing reaches
 * the workbook until context.sync() sends them, in order. A proxy is bound to the model object
 * when its instantiate action runs (so getItem of a missing sheet fails at that sync, as Excel
 * does), and *OrNullObject proxies bind to "null" instead of failing.
 */

/** How a scalar property reads from, and writes to, the model object a proxy stands for. */
export interface ScalarSpec<T> {
  // Method syntax on purpose: it keeps ProxyBase<Range…> assignable to ProxyBase<object>.
  get(target: T, wb: InMemoryWorkbook): unknown;
  set?(target: T, value: unknown, wb: InMemoryWorkbook): void;
}

export type ScalarSpecs<T> = Readonly<Record<string, ScalarSpec<T>>>;

/** How a proxy was reached: for error locations and the payload estimate. */
export interface PathStep {
  readonly name: string;
  readonly args: readonly unknown[];
  /** *OrNullObject: a missing target makes a null object instead of an ItemNotFound error. */
  readonly orNull?: boolean;
}

type Locator<T> = () => T | null;

interface Deletable {
  deleted?: boolean;
}

/** The boundary between the double's classes and the @types/office-js types they stand for. */
export function asOffice<T>(proxy: object): T {
  return proxy as unknown as T;
}

export abstract class ProxyBase<T extends object> {
  readonly _ctx: RequestContextDouble;
  readonly _id: number;
  readonly _parent: ProxyBase<object> | null;
  readonly _step: PathStep;
  /** Created inside an Excel.run and therefore released when it ends (unless tracked). */
  readonly _createdInRun: boolean;
  _binding: { target: T | null } | undefined;
  _isNull: boolean | undefined;
  readonly _values = new Map<string, unknown>();
  private readonly _locate: Locator<T>;
  private readonly _children = new Map<string, ProxyBase<object>>();

  abstract readonly _className: string;
  abstract readonly _scalars: ScalarSpecs<T>;

  constructor(
    ctx: RequestContextDouble,
    parent: ProxyBase<object> | null,
    step: PathStep,
    locate: Locator<T>,
    bound?: { target: T }
  ) {
    this._ctx = ctx;
    this._id = ctx._nextId();
    this._parent = parent;
    this._step = step;
    this._locate = locate;
    this._createdInRun = parent !== null && ctx._insideRun;
    if (parent !== null) parent._requireApi(step.name);
    if (bound !== undefined) {
      this._binding = { target: bound.target };
      this._isNull = false;
    } else if (ctx._processing) {
      // Created while a response is processed (items of a loaded collection and their children):
      // bound at once, nothing queued, as in Office.js.
      this._bindNow();
      this._isNull = this._binding?.target === null;
    } else {
      ctx._enqueue({
        kind: "instantiate",
        proxy: this,
        name: step.name,
        args: step.args,
        location: `${parent?._className ?? "RequestContext"}.${step.name}`,
        statement: `${parent !== null ? "…" : "context"}.${step.name}(…);`,
        run: () => {
          this._bindNow();
          ctx._afterSuccess(() => {
            this._isNull = this._binding?.target === null;
          });
        },
      });
    }
  }

  get context(): Excel.RequestContext {
    return this._ctx._asOffice();
  }

  /** Office.js: isNullObject is known after a sync, without a load. */
  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._className, "isNullObject");
    return this._isNull;
  }

  /** Office.js refuses, at once, a member of a requirement set the host lacks (ApiNotFound). */
  _requireApi(member: string): void {
    const needed = REQUIREMENTS[`${this._className}.${member}`];
    const have = this._ctx._host.options.excelApiVersion;
    if (needed !== undefined && !versionAtLeast(have, needed)) {
      throw new RichApiError({
        code: "ApiNotFound",
        message: CLIENT_MESSAGES.apiNotFound(`${this._className}.${member}`, `ExcelApi ${needed}`),
        errorLocation: `${this._className}.${member}`,
        detail: `this Excel supports ExcelApi ${have}`,
      });
    }
  }

  // ---- binding -------------------------------------------------------------------------------

  private _bindNow(): void {
    if (this._binding !== undefined) return;
    const parent = this._parent;
    if (parent !== null) {
      const parentTarget = parent._target();
      if (parentTarget === null) {
        this._binding = { target: null };
        return;
      }
    }
    let target: T | null;
    try {
      target = this._locate();
    } catch (e) {
      if (this._step.orNull === true && e instanceof HostError && e.code === "ItemNotFound") {
        target = null;
      } else {
        throw e;
      }
    }
    if (target === null && this._step.orNull !== true) {
      throw hostError(
        "ItemNotFound",
        `${this._className} reached by ${this._step.name}(${this._step.args.map((a) => JSON.stringify(a) ?? "").join(", ")}) does not exist`
      );
    }
    this._binding = { target };
  }

  /** The model object (null for a null object). Throws ItemNotFound when it has been deleted. */
  _target(): T | null {
    if (this._binding === undefined) this._bindNow();
    const target = this._binding?.target ?? null;
    if (target !== null && (target as Deletable).deleted === true) {
      throw hostError("ItemNotFound", `the ${this._className} was deleted`);
    }
    return target;
  }

  // ---- properties ----------------------------------------------------------------------------

  _read(name: string): unknown {
    if (this._isNull === true) return undefined;
    if (this._values.has(name)) return this._values.get(name);
    throw propertyNotLoaded(this._className, name);
  }

  /** As in Office.js, a written value is readable at once (it is kept locally), and queued. */
  _write(name: string, value: unknown): void {
    const spec = this._scalars[name];
    if (spec?.set === undefined)
      throw new DoubleUsageError(`${this._className}.${name} is read-only (or not modelled).`);
    this._requireApi(name);
    this._values.set(name, value);
    const wb = this._ctx._host.workbook;
    this._queueAction("set", name, [value], `${this._className}.${name}`, `${this._varName()}.${name} = …;`, () => {
      const target = this._target();
      if (target !== null) spec.set?.(target, value, wb);
    });
  }

  /** Office.js set(): plain objects for navigation properties, values for scalar ones. */
  _setMany(properties: unknown): void {
    if (typeof properties !== "object" || properties === null)
      throw new RichApiError({
        code: "InvalidArgument",
        message: "The argument 'properties' doesn't work for this situation, is missing, or isn't in the right format.",
        errorLocation: `${this._className}.set`,
      });
    const source =
      properties instanceof ProxyBase
        ? Object.fromEntries(properties._values)
        : (properties as Record<string, unknown>);
    for (const [k, v] of Object.entries(source)) {
      if (k in this._scalars) {
        this._write(k, v);
        continue;
      }
      const child = this._nav(k);
      if (child === undefined)
        throw new DoubleUsageError(`${this._className}.set: "${k}" is not a property the double models.`);
      child._setMany(v);
    }
  }

  _varName(): string {
    return this._className.charAt(0).toLowerCase() + this._className.slice(1);
  }

  // ---- navigation (child objects reached by a property, cached like Office.js does) -----------

  /** A navigation property's proxy by name (for load paths and set()); undefined if not modelled. */
  _nav(name: string): ProxyBase<object> | undefined {
    const factory = this._navigation()[name];
    return factory === undefined ? undefined : factory();
  }

  protected _navigation(): Readonly<Record<string, () => ProxyBase<object>>> {
    return {};
  }

  protected _child<C extends ProxyBase<object>>(name: string, make: () => C): C {
    const existing = this._children.get(name);
    if (existing !== undefined) return existing as C;
    const created = make();
    this._children.set(name, created);
    return created;
  }

  // ---- actions -------------------------------------------------------------------------------

  _queueAction(
    kind: "set" | "method",
    name: string,
    args: readonly unknown[],
    location: string,
    statement: string,
    run: () => void
  ): void {
    this._ctx._enqueue({ kind, proxy: this, name, args, location, statement, run });
  }

  /** A method that changes the model; runs at sync. */
  protected _method(name: string, args: readonly unknown[], run: (target: T) => void): void {
    this._requireApi(name);
    for (const a of args) this._ctx._checkArgument(a);
    this._queueAction("method", name, args, `${this._className}.${name}`, `${this._varName()}.${name}(…);`, () => {
      const target = this._target();
      if (target !== null) run(target);
    });
  }

  _load(arg: unknown): void {
    const selection = parseLoadArgument(arg);
    if (selection === null) this._ctx._host.emptyLoads++;
    const sel: LoadSelection = selection ?? { all: true, scalars: new Set(), nav: new Map() };
    // Navigation paths ("format/font/bold") load on the child proxies, created now as Office does.
    this._queueLoad(sel);
  }

  protected _queueLoad(sel: LoadSelection): void {
    // A navigation property named like a scalar ("format") loads that object's scalar properties.
    for (const name of [...sel.scalars]) {
      if (!(name in this._scalars) && this._nav(name) !== undefined && !sel.nav.has(name)) {
        sel.scalars.delete(name);
        sel.nav.set(name, { all: true, scalars: new Set(), nav: new Map() });
      }
    }
    const navLoads: [ProxyBase<object>, LoadSelection][] = [];
    for (const [name, childSel] of sel.nav) {
      const child = this._nav(name);
      if (child === undefined)
        throw new DoubleUsageError(
          `${this._className}: "${name}" is not a navigation property the double models (load path).`
        );
      navLoads.push([child, childSel]);
    }
    for (const name of sel.scalars) this._requireApi(name);
    const own: LoadSelection = { all: sel.all, scalars: sel.scalars, nav: new Map() };
    this._ctx._enqueue({
      kind: "load",
      proxy: this,
      name: "load",
      args: [sel.all ? "*" : [...sel.scalars].join(",")],
      location: `${this._className}.load`,
      statement: `${this._varName()}.load(…);`,
      run: () => {
        const apply = this._capture(own);
        this._ctx._afterSuccess(apply);
      },
    });
    for (const [child, childSel] of navLoads) child._queueLoad(childSel);
  }

  /** Reads the selected properties from the model now; returns how to apply them after success. */
  _capture(sel: LoadSelection): () => void {
    const target = this._target();
    if (target === null) return () => undefined;
    const wb = this._ctx._host.workbook;
    const names = sel.all ? Object.keys(this._scalars) : [...sel.scalars].filter((n) => n !== "isNullObject");
    const values: [string, unknown][] = [];
    for (const n of names) {
      const spec = this._scalars[n];
      if (spec === undefined) {
        if (this._nav(n) !== undefined) continue; // loading a navigation property by name loads nothing of it
        throw hostError(
          "InvalidArgument",
          `${this._className} has no property "${n}" (or the double does not model it)`
        );
      }
      values.push([n, cloneValue(spec.get(target, wb))]);
    }
    this._ctx._addResponse(Object.fromEntries(values));
    const children = [...sel.nav].map(([n, s]) => {
      const child = this._nav(n);
      return child === undefined ? () => undefined : child._capture(s);
    });
    return () => {
      for (const [n, v] of values) this._values.set(n, v);
      for (const c of children) c();
    };
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }

  track(): this {
    this._ctx.trackedObjects.add(asOffice<OfficeExtension.ClientObject>(this));
    return this;
  }

  untrack(): this {
    this._ctx.trackedObjects.remove(asOffice<OfficeExtension.ClientObject>(this));
    return this;
  }
}

/** Defines the getters / setters of the scalar properties on a proxy class's prototype. */
export function installScalarAccessors<T extends object>(
  cls: { prototype: ProxyBase<T> },
  specs: ScalarSpecs<T>
): void {
  for (const name of Object.keys(specs)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: ProxyBase<T>): unknown {
        return this._read(name);
      },
      set(this: ProxyBase<T>, value: unknown): void {
        this._write(name, value);
      },
    });
  }
}

/**
 * A collection proxy: `items` after a load, item properties loaded on every item. O is the
 * Office.js type the items are seen as (Excel.Worksheet for WorksheetProxy …).
 */
export abstract class CollectionProxy<
  T extends object,
  I extends object,
  P extends ProxyBase<I>,
  O,
> extends ProxyBase<T> {
  private _items: P[] | undefined;

  protected abstract _list(target: T): I[];
  protected abstract _wrap(item: I): P;

  get items(): O[] {
    if (this._isNull === true) return [];
    if (this._items === undefined) throw propertyNotLoaded(this._className, "items");
    return this._items.map((p) => asOffice<O>(p));
  }

  protected override _queueLoad(sel: LoadSelection): void {
    this._ctx._enqueue({
      kind: "load",
      proxy: this,
      name: "load",
      args: [sel.all ? "*" : [...sel.scalars].join(",")],
      location: `${this._className}.load`,
      statement: `${this._varName()}.load(…);`,
      run: () => {
        const apply = this._capture(sel);
        this._ctx._afterSuccess(apply);
      },
    });
  }

  /**
   * The collection's own scalars and its items (wrapped now, bound at once) with the item
   * selection. A path through "items" ("areas/items/address", "tables/items/name") selects item
   * properties, as a path without it ("tables/name") does.
   */
  override _capture(sel: LoadSelection): () => void {
    const target = this._target();
    if (target === null) return () => undefined;
    const own = [...sel.scalars].filter((n) => n in this._scalars);
    const ownValues = own.map((n) => [n, cloneValue(this._scalars[n].get(target, this._ctx._host.workbook))] as const);
    const viaItems = sel.nav.get("items");
    const itemSel: LoadSelection = {
      all: sel.all || viaItems?.all === true,
      scalars: new Set([...[...sel.scalars].filter((n) => !(n in this._scalars)), ...(viaItems?.scalars ?? [])]),
      nav: new Map([...[...sel.nav].filter(([n]) => n !== "items"), ...(viaItems?.nav ?? [])]),
    };
    const wrapped: P[] = [];
    const applies: (() => void)[] = [];
    const wasProcessing = this._ctx._processing;
    this._ctx._processing = true;
    try {
      for (const item of this._list(target)) {
        const proxy = this._wrap(item);
        wrapped.push(proxy);
        applies.push(proxy._capture(itemSel));
      }
    } finally {
      this._ctx._processing = wasProcessing;
    }
    return () => {
      for (const [n, v] of ownValues) this._values.set(n, v);
      this._items = wrapped;
      for (const a of applies) a();
    };
  }
}

/** Loaded values are copies: later changes to the workbook do not reach them until the next load. */
export function cloneValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(cloneValue);
  if (typeof v === "object" && v !== null) {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, cloneValue(x)]));
  }
  return v;
}

/** For HostErrors raised while an action runs: where to report them. */
export function locateError(e: unknown, location: string, statement: string): unknown {
  return e instanceof HostError ? fromHostError(e, location, statement) : e;
}

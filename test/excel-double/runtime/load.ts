/**
 * What a load() asks for: scalar property names, navigation properties with their own
 * selections, or everything ("all": load() with no argument, which loads every scalar property).
 * Accepts every form Office.js takes: "a, b/c", ["a", "b/c"], {select, expand}, and the
 * *LoadOptions objects ({values: true, format: {font: {bold: true}}, $all: true}).
 */
export interface LoadSelection {
  all: boolean;
  readonly scalars: Set<string>;
  readonly nav: Map<string, LoadSelection>;
}

export function emptySelection(): LoadSelection {
  return { all: false, scalars: new Set(), nav: new Map() };
}

function addPath(sel: LoadSelection, path: string): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts[0] === "items") parts.shift();
  if (parts.length === 0) return;
  let current = sel;
  for (let i = 0; i < parts.length - 1; i++) {
    let next = current.nav.get(parts[i]);
    if (next === undefined) {
      next = emptySelection();
      current.nav.set(parts[i], next);
    }
    current = next;
  }
  current.scalars.add(parts[parts.length - 1]);
}

function addNames(sel: LoadSelection, names: string | readonly string[]): void {
  const list = typeof names === "string" ? names.split(",") : names.flatMap((n) => n.split(","));
  for (const n of list) addPath(sel, n);
}

function addOptions(sel: LoadSelection, options: Readonly<Record<string, unknown>>): void {
  for (const [k, v] of Object.entries(options)) {
    if (k === "$all") {
      if (v === true) sel.all = true;
    } else if (k.startsWith("$")) {
      continue; // $top, $skip: the double returns every item
    } else if (v === true) {
      sel.scalars.add(k);
    } else if (typeof v === "object" && v !== null) {
      const child = emptySelection();
      addOptions(child, v as Record<string, unknown>);
      sel.nav.set(k, child);
    }
  }
}

/** null for load() with no argument (or an empty one): "load every scalar property". */
export function parseLoadArgument(arg: unknown): LoadSelection | null {
  if (arg === undefined || arg === null || arg === "" || (Array.isArray(arg) && arg.length === 0)) return null;
  const sel = emptySelection();
  if (typeof arg === "string") {
    addNames(sel, arg);
  } else if (Array.isArray(arg)) {
    addNames(
      sel,
      arg.filter((x): x is string => typeof x === "string")
    );
  } else if (typeof arg === "object") {
    const o = arg as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      const select = o.select;
      if (typeof select === "string" || Array.isArray(select)) addNames(sel, select as string | string[]);
      const expand = o.expand;
      if (typeof expand === "string" || Array.isArray(expand)) {
        const list = typeof expand === "string" ? expand.split(",") : (expand as string[]);
        for (const e of list) {
          const name = e.trim().replace(/^items\//, "");
          if (name !== "" && !sel.nav.has(name)) sel.nav.set(name, { all: true, scalars: new Set(), nav: new Map() });
        }
      }
    } else {
      addOptions(sel, o);
    }
  }
  return sel;
}

#!/usr/bin/env node
/**
 * The architecture's arrows (docs/ARCHITECTURE.md), checked without a plugin over src/, test/ and
 * bench/, static and lazy (`import("…")`) imports alike. Prints every breach and exits 1 when
 * there is one. Run by `npm run lint`.
 *
 *  - Rooms import only the rooms below them: core ← app (the application layer: the task pane's
 *    contract and the use cases' decisions both ways in share), core, app, files ← cli, and core,
 *    app ← excel ← taskpane (which may also load files' writers lazily). The core imports no other
 *    room and no package but zod and fflate, so it runs unchanged in Node, the browser and the
 *    tests.
 *  - In the task pane only its bootstrap (index.tsx, excel-entry.ts) reaches the Excel adapter:
 *    screens and components talk to the app's FollowupService, never to Office.js code.
 *  - Nothing outside src/core imports the core except through its entry, src/core/index.ts; the
 *    core's own tests (test/core) may reach inside it.
 *  - No module imports itself round a circle, anywhere in src/.
 *  - No two folders of src/core import each other.
 *  - No task-pane feature imports another feature: what two share lives in taskpane/components.
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");
const CORE = path.join(SRC, "core");
const CORE_ENTRY = path.join(CORE, "index.ts");
const FEATURES = path.join(SRC, "taskpane", "features");

/** Which rooms of src/ each room may import (besides itself). */
const ROOM_ARROWS = {
  core: [],
  app: ["core"],
  files: ["core"],
  cli: ["core", "app", "files"],
  excel: ["core", "app"],
  taskpane: ["core", "app", "excel", "files"],
};
/** The task pane's files that may import the Excel adapter: those that start it. */
const TASKPANE_BOOTSTRAP = new Set(["index.tsx", "excel-entry.ts"].map((f) => path.join(SRC, "taskpane", f)));
const CORE_PACKAGES = new Set(["zod", "fflate"]);

function filesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : filesUnder(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

/** Every import of a file: relative ones resolved to a file, packages by name. */
function importsOf(file) {
  const text = fs.readFileSync(file, "utf8");
  const specs = [
    ...[...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/gms)].map((m) => m[1]),
    ...[...text.matchAll(/^\s*import\s+["']([^"']+)["']/gm)].map((m) => m[1]),
    ...[...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]),
  ];
  return specs.map((spec) => {
    if (!spec.startsWith("."))
      return { spec, pkg: spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0] };
    const base = path.resolve(path.dirname(file), spec);
    const target = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), base].find(
      (p) => fs.existsSync(p) && fs.statSync(p).isFile()
    );
    return { spec, target: target ?? base };
  });
}

const rel = (f) => path.relative(ROOT, f);
const roomOf = (f) => (f.startsWith(SRC + path.sep) ? path.relative(SRC, f).split(path.sep)[0] : null);
const featureOf = (f) => (f.startsWith(FEATURES + path.sep) ? path.relative(FEATURES, f).split(path.sep)[0] : null);
const coreFolderOf = (f) => {
  const parts = path.relative(CORE, f).split(path.sep);
  return parts.length > 1 ? parts[0] : null;
};

const files = [...filesUnder(SRC), ...filesUnder(path.join(ROOT, "test")), ...filesUnder(path.join(ROOT, "bench"))];
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const breaches = [];

for (const [file, imports] of graph) {
  const room = roomOf(file);
  const inCore = file.startsWith(CORE + path.sep);
  const coreTest = file.startsWith(path.join(ROOT, "test", "core") + path.sep);
  for (const imp of imports) {
    if (imp.pkg !== undefined) {
      if (inCore && !CORE_PACKAGES.has(imp.pkg))
        breaches.push(`${rel(file)}: the core imports the package "${imp.pkg}"`);
      continue;
    }
    const target = imp.target;
    const targetRoom = roomOf(target);
    if (room !== null && targetRoom !== null && targetRoom !== room && !ROOM_ARROWS[room].includes(targetRoom)) {
      breaches.push(`${rel(file)}: ${room} may not import ${targetRoom} ("${imp.spec}")`);
    }
    if (room === "taskpane" && targetRoom === "excel" && !TASKPANE_BOOTSTRAP.has(file)) {
      breaches.push(`${rel(file)}: only the task pane's bootstrap imports the Excel adapter ("${imp.spec}")`);
    }
    if (!inCore && !coreTest && target.startsWith(CORE + path.sep) && target !== CORE_ENTRY) {
      breaches.push(
        `${rel(file)}: imports the core's inside ("${imp.spec}"); import from src/core (its index) instead`
      );
    }
    const a = featureOf(file);
    const b = featureOf(target);
    if (a !== null && b !== null && a !== b) breaches.push(`${rel(file)}: the feature ${a} imports the feature ${b}`);
  }
}

// Module circles in src/ (depth-first search, each reported once, starting at its smallest member).
const srcGraph = new Map(
  [...graph]
    .filter(([f]) => f.startsWith(SRC + path.sep))
    .map(([f, imps]) => [f, imps.filter((i) => i.target?.startsWith(SRC + path.sep)).map((i) => i.target)])
);
const circles = new Set();
const state = new Map();
const stack = [];
function visit(f) {
  state.set(f, "open");
  stack.push(f);
  for (const t of srcGraph.get(f) ?? []) {
    if (state.get(t) === "open") {
      const circle = stack.slice(stack.indexOf(t)).map(rel);
      const start = circle.indexOf([...circle].sort()[0]);
      circles.add([...circle.slice(start), ...circle.slice(0, start)].join(" → "));
    } else if (!state.has(t) && srcGraph.has(t)) visit(t);
  }
  stack.pop();
  state.set(f, "done");
}
[...srcGraph.keys()].forEach((f) => state.has(f) || visit(f));
for (const c of circles) breaches.push(`circle: ${c}`);

// Folders of src/core importing each other.
const folderEdges = new Map();
for (const [f, targets] of srcGraph) {
  if (!f.startsWith(CORE + path.sep)) continue;
  for (const t of targets) {
    const a = coreFolderOf(f);
    const b = coreFolderOf(t);
    if (a === null || b === null || a === b || !t.startsWith(CORE + path.sep)) continue;
    const key = `${a} → ${b}`;
    if (!folderEdges.has(key)) folderEdges.set(key, `${rel(f)} imports ${rel(t)}`);
  }
}
for (const [key, example] of folderEdges) {
  const [a, b] = key.split(" → ");
  if (a < b && folderEdges.has(`${b} → ${a}`)) {
    breaches.push(`src/core folders ${a} and ${b} import each other: ${example}; ${folderEdges.get(`${b} → ${a}`)}`);
  }
}

for (const b of breaches) console.log(b);
if (breaches.length > 0) {
  console.log(`${breaches.length} breaches of the import rules (docs/ARCHITECTURE.md)`);
  process.exit(1);
}

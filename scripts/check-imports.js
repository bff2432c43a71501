#!/usr/bin/env node
/**
 * The core's import rules, checked without a plugin: no module imports itself round a circle, and
 * no two folders of src/core import each other. Prints each circle and exits 1 when there is one.
 * Run by `npm run lint`.
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const CORE = path.join(ROOT, "src", "core");

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function importsOf(file) {
  const text = fs.readFileSync(file, "utf8");
  const out = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']/gms)) {
    const base = path.resolve(path.dirname(file), m[1]);
    const target = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((p) => fs.existsSync(p));
    if (target !== undefined) out.push(target);
  }
  return out;
}

const files = filesUnder(CORE);
const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => t.startsWith(CORE))]));
const rel = (f) => path.relative(CORE, f);
const folderOf = (f) => rel(f).split(path.sep)[0];

// Module circles (depth-first search, each circle reported once by its smallest member).
const circles = new Set();
const state = new Map();
const stack = [];
function visit(f) {
  state.set(f, "open");
  stack.push(f);
  for (const t of graph.get(f) ?? []) {
    if (state.get(t) === "open") {
      const circle = stack.slice(stack.indexOf(t)).map(rel);
      const start = circle.indexOf([...circle].sort()[0]);
      circles.add([...circle.slice(start), ...circle.slice(0, start)].join(" → "));
    } else if (!state.has(t)) visit(t);
  }
  stack.pop();
  state.set(f, "done");
}
files.forEach((f) => state.has(f) || visit(f));

// Folder pairs importing each other.
const folderEdges = new Map();
for (const [f, targets] of graph) {
  for (const t of targets) {
    const a = folderOf(f);
    const b = folderOf(t);
    if (a === b || !rel(f).includes(path.sep) || !rel(t).includes(path.sep)) continue;
    const key = `${a} → ${b}`;
    if (!folderEdges.has(key)) folderEdges.set(key, `${rel(f)} imports ${rel(t)}`);
  }
}
const pairs = [];
for (const [key, example] of folderEdges) {
  const [a, b] = key.split(" → ");
  if (a < b && folderEdges.has(`${b} → ${a}`)) pairs.push(`${a} ↔ ${b}: ${example}; ${folderEdges.get(`${b} → ${a}`)}`);
}

for (const c of circles) console.log(`circle: ${c}`);
for (const p of pairs) console.log(`folders import each other: ${p}`);
if (circles.size + pairs.length > 0) {
  console.log(`${circles.size} circles, ${pairs.length} folder pairs in src/core`);
  process.exit(1);
}

#!/usr/bin/env node
/* eslint-disable no-undef */
// The production dependency tree, checked against advisories kept in the repo. `npm audit` needs
// the registry's audit endpoint, which the build machines cannot reach; so the tree the task pane
// and the command line ship is recorded in security/prod-deps.json (from package-lock.json), and CI
// fails when a recorded package falls in a range of security/advisories.json, or when the record
// is out of date.
//
//   node scripts/check-advisories.js           check (exit 1 on a known advisory or a stale record)
//   node scripts/check-advisories.js --write   record the tree again after a dependency change
//
// Options for tests: --lock FILE, --deps FILE, --advisories FILE.

const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const lockFile = arg("--lock", path.join(root, "package-lock.json"));
const depsFile = arg("--deps", path.join(root, "security", "prod-deps.json"));
const advisoriesFile = arg("--advisories", path.join(root, "security", "advisories.json"));

/** Every package the production install holds: name → sorted versions. */
function productionTree(lock) {
  const tree = {};
  for (const [where, entry] of Object.entries(lock.packages || {})) {
    if (where === "" || entry.dev || entry.devOptional || entry.link) continue;
    const name = entry.name || where.slice(where.lastIndexOf("node_modules/") + "node_modules/".length);
    tree[name] = [...new Set([...(tree[name] || []), entry.version])].sort();
  }
  return Object.fromEntries(Object.entries(tree).sort(([a], [b]) => a.localeCompare(b)));
}

function parse(version) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** "<7.5.2", ">=1.0.0 <1.2.4", "<0.5.0 || >=2.0.0 <2.1.0": npm's comparator sets, no tilde or caret. */
function inRange(version, range) {
  const v = parse(version);
  if (v === null) return false;
  return range.split("||").some((set) =>
    set
      .trim()
      .split(/\s+/)
      .every((comparator) => {
        const m = /^(<=|>=|<|>|=)?(\d+\.\d+\.\d+)$/.exec(comparator);
        if (!m) throw new Error(`advisories.json: cannot read the range "${range}"`);
        const c = compare(v, parse(m[2]));
        switch (m[1] || "=") {
          case "<":
            return c < 0;
          case "<=":
            return c <= 0;
          case ">":
            return c > 0;
          case ">=":
            return c >= 0;
          default:
            return c === 0;
        }
      })
  );
}

const tree = productionTree(JSON.parse(fs.readFileSync(lockFile, "utf8")));
if (process.argv.includes("--write")) {
  fs.writeFileSync(depsFile, `${JSON.stringify(tree, null, 2)}\n`);
  console.log(`Recorded ${Object.keys(tree).length} production packages in ${path.relative(root, depsFile)}.`);
  process.exit(0);
}

let failed = false;
const recorded = fs.existsSync(depsFile) ? JSON.parse(fs.readFileSync(depsFile, "utf8")) : null;
if (JSON.stringify(recorded) !== JSON.stringify(tree)) {
  console.error(
    `${path.relative(root, depsFile)} does not match package-lock.json: run node scripts/check-advisories.js --write and review the change.`
  );
  failed = true;
}
const advisories = JSON.parse(fs.readFileSync(advisoriesFile, "utf8")).advisories;
for (const a of advisories) {
  for (const version of tree[a.package] || []) {
    if (inRange(version, a.vulnerable)) {
      console.error(`${a.package}@${version} is affected by ${a.id} (${a.vulnerable}): ${a.title}`);
      failed = true;
    }
  }
}
if (failed) process.exit(1);
console.log(`${Object.keys(tree).length} production packages, none with a listed advisory (${advisories.length} listed).`);

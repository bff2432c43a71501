import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";

/**
 * The repository's root: the nearest folder upwards with this project's package.json. Found, not
 * assumed from the file's depth, because the same module runs from test/ under jest and from
 * dist-bench/test/ when `npm run bench` compiles it.
 */
export function projectRoot(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown };
      if (parsed.name === "programuppfoljning") return dir;
    }
    if (dirname(dir) === dir) throw new Error(`No programuppfoljning package.json above ${start}.`);
  }
}

import * as fs from "node:fs";
import * as path from "node:path";
import { ensureE2eBuild } from "../e2e/support/build";
import { OFFICE_JS_CDN } from "../e2e/support/pane";

const ROOT = path.resolve(__dirname, "..", "..");

type Config = (env: Record<string, unknown>, options: { mode: string }) => unknown;

const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as Config;

function withPublicUrl<T>(value: string | undefined, run: () => T): T {
  const before = process.env.ADDIN_PUBLIC_URL;
  if (value === undefined) delete process.env.ADDIN_PUBLIC_URL;
  else process.env.ADDIN_PUBLIC_URL = value;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = before;
  }
}

describe("a production build of the add-in", () => {
  it.each([undefined, "http://addins.example.org/", "addins.example.org"])(
    "refuses ADDIN_PUBLIC_URL=%s: it would ship a manifest pointing at localhost or plain http",
    (url) => {
      expect(() => withPublicUrl(url, () => webpackConfig({}, { mode: "production" }))).toThrow(/ADDIN_PUBLIC_URL/);
    }
  );

  it("builds with an https address, and development builds need none", () => {
    expect(() =>
      withPublicUrl("https://addins.example.org/pu/", () => webpackConfig({}, { mode: "production" }))
    ).not.toThrow();
    expect(() => withPublicUrl(undefined, () => webpackConfig({}, { mode: "development" }))).not.toThrow();
  });

  it("ships no source maps and no copy of office.js; its page loads office.js from Microsoft's CDN under a Content-Security-Policy without eval or other origins", async () => {
    const build = await ensureE2eBuild();
    const files = fs.readdirSync(build.paneDir, { recursive: true }) as string[];
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(files.filter((f) => /office-js|office\.js$/.test(f))).toEqual([]);
    const html = fs.readFileSync(path.join(build.paneDir, "taskpane.html"), "utf8");
    // The minifier drops the attribute's quotes.
    expect(html).toMatch(new RegExp(`<script[^>]*\\ssrc="?${OFFICE_JS_CDN.replace(/[.\/]/g, "\\$&")}"?[\\s>]`));
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("connect-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp.match(/https?:\/\/[^\s;]+/g)?.every((o) => o === "https://appsforoffice.microsoft.com")).toBe(true);
    expect(csp).not.toContain("unsafe-eval");
    // Something to see while the bundle loads; React renders in its place.
    expect(html).toMatch(/id="?container"?[^>]*>\s*<p[^>]*>Programuppföljning startar…/);
    expect(csp).toContain("object-src 'none'");
  }, 600_000);
});

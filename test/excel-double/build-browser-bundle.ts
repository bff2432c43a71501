import { join, resolve } from "path";
import webpack from "webpack";
import { projectRoot } from "../support/project-root";

/**
 * Node side: bundles browser.ts into one plain script for a web page (no module loader needed),
 * e.g. for the end-to-end tests, which serve it in place of office.js. Returns the file's path.
 * Node built-ins are not polyfilled by webpack 5, so an accidental Node import in the double's
 * core fails this build.
 */
export function buildExcelDoubleBundle(outDir: string, filename = "excel-double.js"): Promise<string> {
  const root = projectRoot();
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: join(root, "test", "excel-double", "browser.ts"),
    output: { path: outDir, filename },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: join(root, "tsconfig.json"),
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "es2020" },
            },
          },
        },
      ],
    },
  });
  return new Promise((ok, fail) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error !== null && error !== undefined) return fail(error);
      const errors = stats?.toJson({ all: false, errors: true }).errors ?? [];
      if (errors.length > 0)
        return fail(new Error(`The Excel double did not bundle:\n${errors.map((e) => e.message).join("\n")}`));
      ok(resolve(outDir, filename));
    })
  );
}

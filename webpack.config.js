/* eslint-disable no-undef */
// Webpack config for the task pane, after the Office add-in React template (Yeoman generator-office),
// with ts-loader instead of Babel.
//
//   npm run build       production bundle (content hashes) in dist/taskpane/
//   npm run build:dev   development bundle in dist/taskpane/
//   npm run dev-server  https://localhost:3000 (https when ~/.office-addin-dev-certs has certificates,
//                       created by `npx office-addin-dev-certs install`; plain http otherwise)
//
// dist/taskpane/ keeps the task pane apart from tsc's output for the command line (dist/src).
// Set ADDIN_PUBLIC_URL (e.g. https://addins.example.org/programuppfoljning/) for a production build
// to rewrite the https://localhost:3000/ URLs in the copied manifest.xml.

const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const outputPath = path.resolve(__dirname, "dist", "taskpane");
const officeJsDist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
// Production pages load office.js from Microsoft's CDN, as add-ins must; development and the tests
// use the copy from the npm package (the e2e tests put the Excel test double in its place).
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** https options from office-addin-dev-certs' files, or undefined when they are not there (CI never needs them). */
function readDevCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (!Object.values(paths).every((p) => fs.existsSync(p))) return undefined;
  return Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)]));
}

/**
 * office.js loads its host files (excel-*.js, <locale>/office_strings.js, telemetry/…) from its
 * own folder at run time, so they are copied together. Excel only, no debug builds.
 */
const officeJsCopy = {
  from: officeJsDist,
  to: "office-js",
  info: { minimized: true },
  globOptions: {
    ignore: [
      "**/*.debug.js",
      "**/*vsdoc*.js",
      "**/*.d.ts",
      "**/outlook_strings.js",
      "**/{access,onenote,outlook,powerpoint,project,word}*.js",
    ],
  },
};

module.exports = (env, options) => {
  const dev = options.mode === "development";
  const urlProd = process.env.ADDIN_PUBLIC_URL;
  // A production build serves real users: it must say where it is served from, over https,
  // rather than ship a manifest pointing at https://localhost:3000/.
  if (!dev && !(env && env.WEBPACK_SERVE) && !(urlProd && /^https:\/\/[^/]+/.test(urlProd))) {
    throw new Error(
      "A production build needs ADDIN_PUBLIC_URL, the https address the task pane is served from " +
        "(e.g. ADDIN_PUBLIC_URL=https://addins.example.org/programuppfoljning/ npm run build)."
    );
  }

  const config = {
    mode: dev ? "development" : "production",
    // Source maps in development only: a production bundle ships without them.
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: outputPath,
      filename: dev ? "[name].js" : "[name].[contenthash].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // Type checking is `npm run typecheck`; the bundle only transpiles (and does not see
              // unfinished code elsewhere in the project). ES modules so webpack can tree-shake Fluent UI.
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "es2020", sourceMap: dev },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|ttf|woff|woff2)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev || !urlProd) return content;
              const base = urlProd.endsWith("/") ? urlProd : `${urlProd}/`;
              return content
                .toString()
                .split(urlDev)
                .join(base)
                .split(urlDev.slice(0, -1)) // the AppDomain: an origin, no path
                .join(new URL(base).origin);
            },
          },
          ...(dev ? [officeJsCopy] : []),
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: {
          officeJs: dev ? "office-js/office.js" : OFFICE_JS_CDN,
          // The CSP names the one other origin scripts may come from: the CDN, in production.
          scriptOrigins: dev ? "'self'" : `'self' ${new URL(OFFICE_JS_CDN).origin}`,
        },
      }),
    ],
    performance: {
      // Only the task pane's own bundle counts (office-js/ is copied as is).
      assetFilter: (name) => /^taskpane\..*js$/.test(name),
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
    },
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      port,
    },
  };

  const certificates = env && env.WEBPACK_SERVE ? readDevCertificates() : undefined;
  config.devServer.server = certificates ? { type: "https", options: certificates } : { type: "http" };
  if (env && env.WEBPACK_SERVE && !certificates) {
    console.warn(
      "No certificates in ~/.office-addin-dev-certs: serving plain http. Office needs https: " +
        "run `npx office-addin-dev-certs install` first."
    );
  }
  return config;
};

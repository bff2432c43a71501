// ESLint flat config used by `office-addin-lint check` / `fix` (it picks up ./eslint.config.mjs
// from the working folder instead of its built-in config). Files linted: "src/**/*.{ts,tsx,js,jsx}"
// (office-addin-lint's default).
//
// The plugin's own configs only match *.{js,mjs,cjs,ts,cts,mts}; this file applies the same
// office-addins rules (load/sync mistakes) and prettier to *.tsx as well, plus the React rules
// (new JSX transform) for the task pane.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import reactPlugin from "eslint-plugin-react";
import tseslint from "typescript-eslint";

const sourceFiles = ["**/*.{js,mjs,cjs,jsx,ts,cts,mts,tsx}"];
const typeScriptFiles = ["**/*.{ts,cts,mts,tsx}"];

// officeAddins.configs.react = react "recommended" + office-addins "recommended".
const [reactRecommended, ...officeRecommended] = officeAddins.configs.react;

// House rules: no `any`, and a pure core (docs/ARCHITECTURE.md): nothing from Office.js, the DOM, React,
// the file libraries or Node inside src/core.
const houseRules = [
  {
    files: typeScriptFiles,
    rules: { "@typescript-eslint/no-explicit-any": "error" },
  },
  // User text has one shape, both languages side by side (src/core/i18n/phrase.ts): code picks a
  // language by indexing a phrase, never by comparing the language to "sv" or "en".
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(sv|en)$/]",
          message:
            "Pick the language by indexing a phrase table ({ sv, en }, src/core/i18n/phrase.ts), not by comparing it.",
        },
      ],
    },
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "react/*", "@fluentui/*"],
              message: "src/core is pure: no React (docs/ARCHITECTURE.md).",
            },
            { group: ["exceljs", "docx"], message: "src/core is pure: file formats live in src/files." },
            {
              group: ["@microsoft/office-js", "office-addin-*"],
              message: "src/core is pure: Office.js lives in src/excel.",
            },
            {
              group: ["fs", "fs/*", "path", "os", "child_process", "node:*", "stream", "buffer", "zlib"],
              message: "src/core is pure: no Node APIs.",
            },
            {
              group: [
                "../files/*",
                "../../files/*",
                "../cli/*",
                "../../cli/*",
                "../excel/*",
                "../../excel/*",
                "../taskpane/*",
                "../../taskpane/*",
              ],
              message: "Imports go one way: core imports nothing outside core.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "Buffer", "process"],
    },
  },
];

export default [
  { ignores: ["dist/**", "dist-bench/**", "node_modules/**", "coverage/**", "test-artifacts/**", "out/**", ".tmp/**"] },
  // Office add-in recommended configs, widened to every source file type (incl. .tsx/.jsx).
  ...officeRecommended.map((config) => (config.files ? { ...config, files: sourceFiles } : config)),
  { ...reactRecommended, files: ["**/*.{jsx,tsx}"] },
  { ...reactPlugin.configs.flat["jsx-runtime"], files: ["**/*.{jsx,tsx}"] },
  {
    files: sourceFiles,
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2020,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    settings: { react: { version: "detect" } },
  },
  // Turns off the core rules that the TypeScript compiler already checks better (no-undef with
  // the real Office/Excel/DOM/Node globals, no-redeclare and no-dupe-class-members with overloads).
  { ...tseslint.configs.eslintRecommended, files: typeScriptFiles },
  ...houseRules,
];

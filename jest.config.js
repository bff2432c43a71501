/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "jsx", "json", "node"],
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest only for its OfficeApp enum; the package's
    // entry point pulls in an ES module that jest on Node 20 cannot load (jest cannot require an ES module). Map it to
    // the self-contained file that defines the enum.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/dist-bench/"],
  modulePathIgnorePatterns: ["<rootDir>/dist/", "<rootDir>/dist-bench/"],
  testTimeout: 120000,
  setupFilesAfterEnv: ["<rootDir>/test/support/testing-library-setup.ts"],
  // Skipped or todo tests fail the run (see the reporter).
  reporters: ["default", "<rootDir>/scripts/jest/no-skipped-tests-reporter.js"],
};

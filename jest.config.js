// Two projects, as the style guide asks: core/app/adapters/cli in Node, the task pane in jsdom.
const tsJest = ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json" }];

// @ironcalc/wasm is an ES module; see test/support/esm-to-cjs-transform.cjs.
const ironcalcTransform = {
  "/node_modules/@ironcalc/wasm/.+\\.js$": "<rootDir>/test/support/esm-to-cjs-transform.cjs",
};

/** @type {import('jest').Config} */
module.exports = {
  // With several projects jest takes the per-test limit from here, not from a project's own
  // `testTimeout`. 60 s: CI runs on 2 shared cores, and the print and real-data suites drive
  // LibreOffice and IronCalc on whole workbooks.
  testTimeout: 60_000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      // Generous per-test limits: CI runs on 2 shared cores, and property tests run thousands of cases.
      testTimeout: 60_000,
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/test/taskpane/", "/test/e2e/"],
      setupFilesAfterEnv: ["<rootDir>/test/support/fast-check-seed.ts"],
      transform: { "^.+\\.tsx?$": tsJest, ...ironcalcTransform },
      transformIgnorePatterns: ["/node_modules/(?!@ironcalc/wasm/)"],
    },
    {
      displayName: "taskpane",
      testEnvironment: "jsdom",
      testTimeout: 30_000,
      roots: ["<rootDir>/test/taskpane"],
      testMatch: ["**/*.test.ts?(x)"],
      transform: { "^.+\\.tsx?$": tsJest },
      setupFilesAfterEnv: [
        "<rootDir>/test/support/setup-dom.ts",
        "<rootDir>/test/support/fast-check-seed.ts",
      ],
    },
  ],
};

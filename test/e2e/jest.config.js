// End-to-end tests of the demo workbench in headless Chromium (playwright-core). Run with
//   npx jest -c test/e2e/jest.config.js
// They build the demo with webpack into a temporary folder and serve it on a free port.
const path = require("node:path");

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.resolve(__dirname, "../.."),
  displayName: "e2e",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json" }] },
  testTimeout: 240_000,
};

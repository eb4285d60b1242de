// ESLint flat config. The boundary rules are the point: src/core and src/app stay free of
// React, Office and the adapters (docs/architecture.md).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import jest from "eslint-plugin-jest";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";
import globals from "globals";

const platformImports = {
  patterns: [
    { group: ["react", "react-dom", "react/*"], message: "core/app er rene: ingen React." },
    { group: ["@fluentui/*"], message: "core/app er rene: ingen Fluent UI." },
    {
      group: ["**/adapters/**", "**/taskpane/**", "**/cli/**"],
      message: "core/app kjenner bare porten.",
    },
    { group: ["exceljs", "fs", "node:*", "path"], message: "core/app gjør ingen I/O selv." },
  ],
};
const platformGlobals = ["Excel", "Office", "OfficeExtension", "window", "document"].map(
  (name) => ({
    name,
    message: "Plattform-globaler hører hjemme i adapterne.",
  }),
);

export default tseslint.config(
  {
    ignores: ["node_modules/**", "dist/**", "coverage/**", "test-artifacts/**", "schemas/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/naming-convention": [
        "error",
        // No I-prefix on interfaces (style guide §3).
        {
          selector: "interface",
          format: ["PascalCase"],
          custom: { regex: "^I[A-Z]", match: false },
        },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts", "src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", platformImports],
      "no-restricted-globals": ["error", ...platformGlobals],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: "./tsconfig.core.json", tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // The use-cases build on the core, never the other way round.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...platformImports.patterns,
            { group: ["**/app/**"], message: "core kjenner ikke use-casene i src/app." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/demo/**/*.{ts,tsx}", "test/taskpane/**/*.{ts,tsx}"],
    ...react.configs.flat.recommended,
    languageOptions: {
      ...react.configs.flat.recommended.languageOptions,
      globals: { ...globals.browser },
    },
    settings: { react: { version: "19" } },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/demo/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      "react/react-in-jsx-scope": "off",
    },
  },
  {
    files: ["test/taskpane/**/*.{ts,tsx}"],
    rules: { "react/react-in-jsx-scope": "off" },
  },
  {
    files: ["src/adapters/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/no-navigational-load": "error",
    },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    ...jest.configs["flat/recommended"],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);

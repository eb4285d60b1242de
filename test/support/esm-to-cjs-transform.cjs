// Jest runs our tests as CommonJS; @ironcalc/wasm ships only as an ES module that finds its
// .wasm file through import.meta.url. This transformer rewrites that one expression and lets
// TypeScript turn the module into CommonJS, so tests can `initSync` the engine in Node.
const ts = require("typescript");

module.exports = {
  process(source, filename) {
    const patched = source.replace(
      /import\.meta\.url/g,
      "require('url').pathToFileURL(__filename).href",
    );
    const { outputText } = ts.transpileModule(patched, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        allowJs: true,
      },
    });
    return { code: outputText };
  },
};

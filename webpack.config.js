// Builds the task pane and the ribbon function file as static files for any HTTPS host.
//
//   npm run build                 production bundle in dist/ (+ dist/manifest.xml, see below)
//   npm run build:dev             the same, unminified
//   npm run dev-server            https://localhost:3000 with office-addin-dev-certs (for Excel)
//   npm run demo                  http://localhost:$PORT (3000), no certificates (no Excel needed):
//                                 the demo workbench (src/demo) at /, the task pane at /taskpane.html
//
// dist/manifest.xml: with `--env baseUrl=https://…/` (or GEVINST_BASE_URL) the production
// manifest for that host, from scripts/make-manifest.mjs and validated before it is written;
// without it the development manifest (https://localhost:3000/), with a warning.
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_PORT = 3000;

/** The manifest text for dist/, and a warning when it is only the development manifest. */
async function manifestFor(env) {
  const scripts = path.join(__dirname, "scripts");
  const { renderManifest } = await import(
    pathToFileURL(path.join(scripts, "make-manifest.mjs")).href
  );
  const baseUrl = env.baseUrl ?? process.env.GEVINST_BASE_URL;
  if (!baseUrl) {
    return {
      xml: renderManifest({ dev: true }),
      warning:
        "dist/manifest.xml peker på https://localhost:3000/ (utvikling). For produksjon: " +
        "npm run build -- --env baseUrl=https://<vert>/<mappe>/ (se docs/deployment.md).",
    };
  }
  const { validateManifestXml } = await import(
    pathToFileURL(path.join(scripts, "validate-manifest.mjs")).href
  );
  const xml = renderManifest({
    baseUrl,
    id: env.addinId ?? process.env.GEVINST_ADDIN_ID,
    provider: env.provider ?? process.env.GEVINST_PROVIDER,
    supportUrl: env.supportUrl ?? process.env.GEVINST_SUPPORT_URL,
  });
  const { valid, problems } = await validateManifestXml(xml, "dist/manifest.xml");
  if (!valid) {
    const lines = problems.map((p) => `  dist/manifest.xml:${p.line ?? "?"}: ${p.message}`);
    throw new Error(`Produksjonsmanifestet er ikke gyldig:\n${lines.join("\n")}`);
  }
  return { xml };
}

/** Emits a fixed text asset (the manifest) and reports a warning once per build. */
class EmitTextAssetPlugin {
  constructor(fileName, text, warning) {
    Object.assign(this, { fileName, text, warning });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EmitTextAssetPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "EmitTextAssetPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.emitAsset(this.fileName, new webpack.sources.RawSource(this.text));
          if (this.warning) compilation.warnings.push(new webpack.WebpackError(this.warning));
        },
      );
    });
  }
}

/** HTTPS for Excel (it refuses http add-ins); plain HTTP for the demo, which needs no certificate. */
async function devServerFor(isDemo, isServe) {
  const common = {
    port: Number(process.env.PORT) || DEV_PORT,
    static: false,
    devMiddleware: { index: isDemo ? "index.html" : "taskpane.html" },
    client: { overlay: { warnings: false } },
  };
  if (isDemo) return { ...common, server: "http" };
  // Loaded only when serving: it installs a trusted localhost certificate on first use, which a
  // build or a test must never do.
  if (!isServe) return common;
  const devCerts = require("office-addin-dev-certs");
  return {
    ...common,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: { type: "https", options: await devCerts.getHttpsServerOptions() },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const isProduction = argv.mode === "production";
  const isDemo = Boolean(env.demo);
  const isServe = Boolean(env.WEBPACK_SERVE);
  const manifest = await manifestFor(env);

  return {
    mode: isProduction ? "production" : "development",
    // No eval-based source maps: the task pane's Content-Security-Policy forbids eval.
    devtool: isProduction ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      ...(isDemo ? { demo: "./src/demo/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: isProduction ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: isProduction ? "[name].[contenthash:8].js" : "[name].js",
      // IronCalc's .wasm (demo only) is found through `new URL(…, import.meta.url)`.
      assetModuleFilename: "assets/[name].[contenthash:8][ext]",
      // dist/cli is the command line's build (tsconfig.cli.json), not webpack's: leave it alone.
      clean: { keep: /^cli([\\/]|$)/ },
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      // PptxGenJS (the Q3 presentation) imports node:fs and node:https only to fetch images by
      // path or URL, which the pane never asks of it; in the browser they are nothing.
      fallback: { fs: false, https: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Types are checked by `npm run typecheck`; the bundle only needs the transpiled code.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      // «node:fs» → «fs», so the fallback above applies (webpack does not read the node: scheme).
      new webpack.NormalModuleReplacementPlugin(/^node:(fs|https)$/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "hjelp.html",
        template: "./src/taskpane/hjelp.html",
        inject: false,
      }),
      ...(isDemo
        ? [
            new HtmlWebpackPlugin({
              filename: "index.html",
              template: "./src/demo/demo.html",
              chunks: ["demo"],
            }),
          ]
        : []),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
      new EmitTextAssetPlugin("manifest.xml", manifest.xml, isDemo ? undefined : manifest.warning),
    ],
    performance: {
      // Office task panes load over the kommune's network; keep an eye on the first download.
      hints: isProduction ? "warning" : false,
      maxEntrypointSize: 400 * 1024,
      maxAssetSize: 400 * 1024,
    },
    devServer: await devServerFor(isDemo, isServe),
  };
};

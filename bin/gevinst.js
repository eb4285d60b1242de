#!/usr/bin/env node
// The `gevinst` command (docs/cli.md). The TypeScript sources are compiled to dist/cli by
// `npm run build:cli`, which `npm ci` runs through the "prepare" script.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const entry = path.join(__dirname, "..", "dist", "cli", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "gevinst: Kommandolinjen er ikke bygget. Kjør «npm run build:cli» i prosjektmappa og prøv igjen.\n",
  );
  process.exit(2);
}
require(entry).main();

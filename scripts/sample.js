#!/usr/bin/env node
"use strict";
// Runs KHCT's main job on the bundled sample plan. Exits 0 when it ran, whatever it found;
// 2 when it could not run.
const path = require("node:path");
const { main } = require("../dist/cli/main.js");
const sample = path.join(__dirname, "..", "samples", "ke-hoach-thpt-mau.xlsx");
main(["validate", path.relative(process.cwd(), sample) || sample, ...process.argv.slice(2)]).then(
  (code) => process.exit(code === 2 ? 2 : 0),
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exit(2);
  },
);

#!/usr/bin/env node
"use strict";
// npm run demo: a sample THPT plan → validation → progress report, in demo-output/.
// Exits 0 when it ran, whatever the plan's findings.
const path = require("node:path");
const { runDemo } = require("../dist/app/demo.js");
const lang = process.argv.includes("--lang") && process.argv[process.argv.indexOf("--lang") + 1] === "en" ? "en" : "vi";
const folder = path.relative(process.cwd(), path.join(__dirname, "..", "demo-output")) || "demo-output";
runDemo(folder, lang, (s) => process.stdout.write(`${s}\n`)).then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exit(2);
  },
);

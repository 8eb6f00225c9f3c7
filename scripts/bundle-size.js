"use strict";
/**
 * Sizes of the production JavaScript, raw and gzip, per entry: printed after every production
 * build (a webpack plugin) and read by the browser tests and the benchmark (bundleSizes()).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** Task-pane JavaScript must stay under this, gzip, all entries together. */
const BUDGET_GZIP_KB = 200;

function bundleSizes(dir = path.join(__dirname, "..", "dist-web")) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((file) => {
      const bytes = fs.readFileSync(path.join(dir, file));
      return { entry: file.split(".")[0], file, rawKB: +(bytes.length / 1024).toFixed(1), gzipKB: +(zlib.gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1) };
    });
}

class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.done.tap("BundleSizePlugin", (stats) => {
      if (stats.hasErrors() || compiler.options.mode !== "production") return;
      const sizes = bundleSizes(compiler.options.output.path);
      const total = sizes.reduce((n, s) => n + s.gzipKB, 0);
      console.log("\nProduction JavaScript (KB):");
      for (const s of sizes) console.log(`  ${s.entry.padEnd(10)} ${String(s.rawKB).padStart(8)} raw  ${String(s.gzipKB).padStart(7)} gzip`);
      console.log(`  ${"total".padEnd(10)} ${"".padStart(8)}      ${total.toFixed(1).padStart(7)} gzip (budget ${BUDGET_GZIP_KB})\n`);
    });
  }
}

module.exports = { bundleSizes, BundleSizePlugin, BUDGET_GZIP_KB };

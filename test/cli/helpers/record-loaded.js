// Preloaded (node -r) into the khct command by test/cli/bundle.test.ts: appends the path of every
// JavaScript or JSON file Node loads, in any thread, to the file named by KHCT_LOADED.
"use strict";
const Module = require("node:module");
const { appendFileSync } = require("node:fs");

for (const ext of [".js", ".json"]) {
  const load = Module._extensions[ext];
  Module._extensions[ext] = function (module, filename) {
    appendFileSync(process.env.KHCT_LOADED, `${filename}\n`);
    return load.call(this, module, filename);
  };
}

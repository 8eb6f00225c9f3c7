// Preloaded into a process the bench measures (node -r bench/max-rss.js …): prints its peak
// resident set size (KiB) to a file descriptor 3 pipe when it exits, so stdout and stderr stay the program's.
"use strict";
process.on("exit", () => {
  try {
    require("node:fs").writeSync(3, `${process.resourceUsage().maxRSS}\n`);
  } catch {
    // fd 3 not open: not measured
  }
});

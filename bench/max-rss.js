// Preloaded into a process the bench measures (node -r bench/max-rss.js …): prints its peak
// resident set size (KiB) to a file descriptor 3 pipe when it exits, so stdout and stderr stay the program's.
// On Linux the peak is /proc/self/status's VmHWM, the high-water mark of this program's own memory:
// getrusage's maxRSS (process.resourceUsage) survives exec, so a child spawned by a larger parent
// would report the parent's size (measured: the bench's own 70 MiB for every small command).
"use strict";
const fs = require("node:fs");

function peakKiB() {
  try {
    const m = /^VmHWM:\s*(\d+)\s*kB/m.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

process.on("exit", () => {
  try {
    fs.writeSync(3, `${peakKiB()}\n`);
  } catch {
    // fd 3 not open: not measured
  }
});

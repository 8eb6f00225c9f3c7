/** Browser tests: the production task pane in Debian's Chromium, with the Excel double in place of office.js. */
const base = require("./jest.config.js");
module.exports = { ...base, roots: ["<rootDir>/test/e2e"], testMatch: ["**/*.e2e.ts"], testPathIgnorePatterns: ["/node_modules/"], testTimeout: 120000 };

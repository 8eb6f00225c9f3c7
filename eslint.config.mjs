import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "dist-web/**", "node_modules/**", "coverage/**", "test-results/**", "bench/results.json"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // hosts are adapters of the core and never import each other; the core imports no host
    files: ["src/excel/**", "src/xlsx/**", "src/docx/**", "src/core/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/excel/*", "**/xlsx/*", "**/docx/*", "**/taskpane/*", "**/cli/*"], message: "Hosts never import each other and the core imports no host: move what both need into src/core." }] }],
    },
  },
);

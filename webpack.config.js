/**
 * The task pane and the ribbon's function file, built into dist-web/ (dist/ holds the compiled CLI).
 *
 *   npm run build       production build; KHCT_ORIGIN=https://host/path sets the manifest's URLs
 *   npm run start:web   https://localhost:3000 with Office's dev certificates (Excel on the web)
 *   npm start           the same server, sideloaded into Excel desktop by office-addin-debugging
 */
const path = require("path");
const { URL } = require("url");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { BundleSizePlugin } = require("./scripts/bundle-size");
const { CspHashPlugin } = require("./scripts/csp");

/** The origin manifest.xml is written for (the development server). */
const DEV_ORIGIN = "https://localhost:3000";

/** The pages the manifest points at, and the entry each runs. */
const PAGES = [
  { filename: "taskpane.html", template: "./src/taskpane/taskpane.html", entry: "./src/taskpane/index.tsx", chunk: "taskpane" },
  { filename: "commands.html", template: "./src/commands/commands.html", entry: "./src/commands/commands.ts", chunk: "commands" },
];

/** Files copied as they are: the icons (made by scripts/make-icons.js) and the manifest. */
const ASSETS = { from: "assets/*.png", to: "assets/[name][ext]" };

/**
 * The production origin from KHCT_ORIGIN: https, no trailing slash; a path is allowed
 * (https://example.github.io/khct). Without it the manifest keeps localhost URLs, with a warning.
 */
function productionOrigin(env = process.env) {
  const origin = (env.KHCT_ORIGIN || "").trim().replace(/\/+$/, "");
  if (!origin) return null;
  if (!/^https:\/\/[^\s/]+(\/[^\s]*)?$/.test(origin)) throw new Error(`KHCT_ORIGIN must be an https URL such as https://khct.example.edu.vn, not "${origin}"`);
  return origin;
}

/**
 * manifest.xml with every development URL moved to `origin`. An <AppDomain> is a domain only
 * (Microsoft's manifest reference: protocol, host and port, no path, no trailing slash), and one equal
 * to the SourceLocation's domain is not to be listed: such entries are dropped, others cut to their
 * domain.
 */
function rewriteManifest(xml, origin) {
  const moved = origin ? xml.split(DEV_ORIGIN).join(origin) : xml;
  const source = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(moved);
  const own = source ? new URL(source[1]).origin : null;
  const domains = moved.replace(/<AppDomain>\s*([^<]*?)\s*<\/AppDomain>\s*/g, (element, value) => {
    const domain = new URL(value).origin;
    return domain === own ? "" : element.replace(value, domain);
  });
  return domains.replace(/\s*<AppDomains>\s*<\/AppDomains>/g, "");
}

const CERTIFICATES = path.join(require("os").homedir(), ".office-addin-dev-certs");

/**
 * Office's development certificates for https://localhost:3000 (made and trusted on first use).
 * Where trusting the CA needs a password prompt it cannot show (Linux without sudo, containers), the
 * certificates are still made: serve with them and say how to trust the CA by hand.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const file = (name) => path.join(CERTIFICATES, name);
    const fs = require("fs");
    if (!["ca.crt", "localhost.crt", "localhost.key"].every((name) => fs.existsSync(file(name)))) throw e;
    console.warn(`Could not trust Office's development CA automatically (${e.message.trim()}).\nTrust ${file("ca.crt")} yourself (system store, or your browser's certificate settings), then reload.`);
    return { ca: fs.readFileSync(file("ca.crt")), cert: fs.readFileSync(file("localhost.crt")), key: fs.readFileSync(file("localhost.key")) };
  }
}

function config(argv = {}) {
  const development = argv.mode === "development";
  const origin = development ? null : productionOrigin();
  if (!development && !origin) console.warn(`KHCT_ORIGIN is not set: dist-web/manifest.xml keeps ${DEV_ORIGIN}. Set it to where dist-web/ will be hosted.`);
  return {
    devtool: development ? "source-map" : false,
    entry: Object.fromEntries(PAGES.map((p) => [p.chunk, p.entry])),
    output: { path: path.resolve(__dirname, "dist-web"), filename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "swc-loader", options: { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2019" } } },
        },
      ],
    },
    plugins: [
      ...PAGES.map((p) => new HtmlWebpackPlugin({ filename: p.filename, template: p.template, chunks: [p.chunk] })),
      // each page's Content-Security-Policy gets the hashes of its inline scripts as built
      new CspHashPlugin(),
      new BundleSizePlugin(),
      new CopyWebpackPlugin({
        patterns: [ASSETS, { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content.toString(), origin) }],
      }),
    ],
    performance: { hints: false },
    // a chunk loaded on demand (the Word reader) carries its own libraries: one file, not one per vendor
    optimization: { splitChunks: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const base = config(argv);
  if (!env.WEBPACK_SERVE) return base;
  return {
    ...base,
    devServer: {
      port: 3000,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await httpsOptions() },
    },
  };
};

Object.assign(module.exports, { DEV_ORIGIN, PAGES, ASSETS, config, productionOrigin, rewriteManifest });

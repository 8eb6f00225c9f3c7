/**
 * The manifest, checked offline: what `office-addin-manifest validate` checks needs the internet
 * (`npm run validate:manifest`); these checks do not, so they run with every `npm test`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MINIMUM_EXCEL_API } from "../../src/excel";
import { LAUNCH_ACTIONS } from "../../src/commands/launch";
import { allElements, parseXml, type XmlElement } from "./xml";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as {
  DEV_ORIGIN: string;
  PAGES: { filename: string; template: string; entry: string }[];
  ASSETS: { from: string };
  productionOrigin(env: Record<string, string>): string | null;
  rewriteManifest(xml: string, origin: string | null): string;
  config(argv: Record<string, string>): unknown;
};

const ROOT = join(__dirname, "..", "..");
const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const manifest = parseXml(source);
const elements = allElements(manifest);
const named = (name: string) => elements.filter((e) => e.name === name);

/** The files the web build emits: the HTML pages and the copied assets (icons). */
function builtFiles(): Set<string> {
  const assetDir = webpackConfig.ASSETS.from.split("/")[0];
  const icons = readdirSync(join(ROOT, assetDir)).filter((f) => f.endsWith(".png")).map((f) => `${assetDir}/${f}`);
  return new Set([...webpackConfig.PAGES.map((p) => p.filename), ...icons, "manifest.xml"]);
}

const isUrl = (v: string) => /^[a-z]+:\/\//i.test(v.trim());

/** The URLs Office loads or opens (namespace names are identifiers, not URLs, and are left out). */
function urls(root: XmlElement): string[] {
  return allElements(root).flatMap((e) => [
    ...Object.entries(e.attributes)
      .filter(([name, v]) => !/^xmlns(:|$)/.test(name) && isUrl(v))
      .map(([, v]) => v),
    ...(isUrl(e.text) ? [e.text.trim()] : []),
  ]);
}

/** The files those URLs fetch (an AppDomain is an origin, not a file). */
function files(root: XmlElement): string[] {
  return urls(root)
    .map((u) => new URL(u).pathname.slice(1))
    .filter(Boolean);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(() => parseXml(source.replace("</OfficeApp>", ""))).toThrow(); // (and the parser can tell)
  });

  it("defines every resource id it uses, and uses every one it defines", () => {
    const used = new Set(elements.map((e) => e.attributes.resid).filter(Boolean));
    const defined = new Set(named("bt:Image").concat(named("bt:Url"), named("bt:String")).map((e) => e.attributes.id).filter(Boolean));
    expect([...used].filter((id) => !defined.has(id))).toEqual([]);
    expect([...defined].filter((id) => !used.has(id))).toEqual([]);
  });

  it("uses https for every URL", () => {
    expect(urls(manifest).filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("points only at files the web build emits, with sources that exist", () => {
    const built = builtFiles();
    expect(files(manifest).filter((p) => !built.has(p))).toEqual([]);
    for (const page of webpackConfig.PAGES) {
      expect(existsSync(join(ROOT, page.template))).toBe(true);
      expect(existsSync(join(ROOT, page.entry))).toBe(true);
    }
  });

  it("gives every icon the size Office asks for (16/32/80 buttons, 32 and 64 add-in icons)", () => {
    const file = (url: string) => join(ROOT, new URL(url).pathname);
    for (const image of named("bt:Image").filter((e) => e.attributes.size)) {
      const id = image.attributes.resid;
      const url = named("bt:Image").find((e) => e.attributes.id === id)!.attributes.DefaultValue;
      const size = Number(image.attributes.size);
      expect([id, pngSize(file(url))]).toEqual([id, { width: size, height: size }]);
    }
    expect(pngSize(file(named("IconUrl")[0].attributes.DefaultValue))).toEqual({ width: 32, height: 32 });
    expect(pngSize(file(named("HighResolutionIconUrl")[0].attributes.DefaultValue))).toEqual({ width: 64, height: 64 });
  });

  it("has the group and its three buttons on the Home tab, in Vietnamese with English overrides", () => {
    const tab = named("OfficeTab")[0];
    expect(tab.attributes.id).toBe("TabHome");
    const strings = Object.fromEntries(named("bt:String").map((s) => [s.attributes.id, s]));
    const label = (e: XmlElement) => strings[e.children.find((c) => c.name === "Label")!.attributes.resid];
    const group = allElements(tab).find((e) => e.name === "Group")!;
    const buttons = allElements(group).filter((e) => e.name === "Control");
    expect([label(group), ...buttons.map(label)].map((s) => s.attributes.DefaultValue)).toEqual(["Kế hoạch cải tiến", "Chèn mẫu kế hoạch", "Kiểm tra kế hoạch", "Tạo báo cáo tiến độ"]);
    for (const s of Object.values(strings)) expect(s.children.find((c) => c.name === "bt:Override")?.attributes.Locale).toBe("en-US");
    for (const top of ["DisplayName", "Description"]) expect(named(top)[0].children[0].attributes.Locale).toBe("en-US");
  });

  it("opens the pane on each button's action, with supertips within Office's lengths", () => {
    const buttonUrls = named("bt:Url").filter((u) => /action=/.test(u.attributes.DefaultValue)).map((u) => new URL(u.attributes.DefaultValue).searchParams.get("action"));
    expect(buttonUrls).toEqual([...LAUNCH_ACTIONS]);
    for (const s of named("bt:ShortStrings").flatMap(allElements).filter((e) => e.attributes.DefaultValue || e.attributes.Value)) expect((s.attributes.DefaultValue ?? s.attributes.Value).length).toBeLessThanOrEqual(125);
    for (const s of named("bt:LongStrings").flatMap(allElements).filter((e) => e.attributes.DefaultValue || e.attributes.Value)) expect((s.attributes.DefaultValue ?? s.attributes.Value).length).toBeLessThanOrEqual(250);
  });

  it("declares the minimum requirement set the adapter is written for", () => {
    expect(named("Set").map((s) => [s.attributes.Name, s.attributes.MinVersion])).toEqual([["ExcelApi", MINIMUM_EXCEL_API]]);
  });

  it("is rewritten for production from KHCT_ORIGIN: every URL on the school's host, still well-formed", () => {
    const origin = webpackConfig.productionOrigin({ KHCT_ORIGIN: "https://khct.sgddt.edu.vn/addin/" });
    expect(origin).toBe("https://khct.sgddt.edu.vn/addin");
    const production = parseXml(webpackConfig.rewriteManifest(source, origin));
    expect(urls(production).filter((u) => !u.startsWith("https://khct.sgddt.edu.vn/addin/"))).toEqual([]);
    expect(() => webpackConfig.productionOrigin({ KHCT_ORIGIN: "http://khct.example" })).toThrow(/https/);
  });

  it("writes no AppDomain with a path, and none for the add-in's own domain, into the manifest the production build emits", () => {
    const before = process.env.KHCT_ORIGIN;
    process.env.KHCT_ORIGIN = "https://khct.sgddt.edu.vn/addin";
    try {
      const build = webpackConfig.config({ mode: "production" }) as { plugins: { patterns?: { from: string; transform?: (c: Buffer) => string }[] }[] };
      const pattern = build.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest.xml")!;
      const built = allElements(parseXml(pattern.transform!(Buffer.from(source))));
      expect(built.filter((e) => e.name === "AppDomain" || e.name === "AppDomains")).toEqual([]);
      // a manifest that lists domains keeps only bare domains other than its own
      const listed = source.replace("<Hosts>", "<AppDomains><AppDomain>https://localhost:3000</AppDomain><AppDomain>https://sso.sgddt.edu.vn/login/</AppDomain></AppDomains><Hosts>");
      const domains = allElements(parseXml(webpackConfig.rewriteManifest(listed, "https://khct.sgddt.edu.vn/addin"))).filter((e) => e.name === "AppDomain");
      expect(domains.map((d) => d.text)).toEqual(["https://sso.sgddt.edu.vn"]);
    } finally {
      if (before === undefined) delete process.env.KHCT_ORIGIN;
      else process.env.KHCT_ORIGIN = before;
    }
  });
});

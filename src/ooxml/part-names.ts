/** Part names in an Office package: folders, relationships parts, relationship targets resolved and made relative. */

/** The folder of a part ("xl/worksheets/sheet1.xml" → "xl/worksheets"). */
export function folderOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

/** The relationships part of a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" → "_rels/.rels"). */
export function relsPathOf(path: string): string {
  const folder = folderOf(path);
  const file = path.slice(folder.length ? folder.length + 1 : 0);
  return `${folder ? `${folder}/` : ""}_rels/${file}.rels`;
}

/** A relationship target resolved against the folder of its source part, as a zip path. */
export function resolveTarget(sourcePath: string, target: string): string {
  const decoded = safeDecodeUri(target);
  const base = decoded.startsWith("/") ? [] : folderOf(sourcePath).split("/").filter(Boolean);
  for (const seg of decoded.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** The target of a relationship from `sourcePath` to `targetPath`, relative as Excel writes it. */
export function relativeTarget(sourcePath: string, targetPath: string): string {
  const from = folderOf(sourcePath).split("/").filter(Boolean);
  const to = targetPath.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function safeDecodeUri(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

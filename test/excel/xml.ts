/**
 * A strict little XML parser for tests: it accepts only well-formed documents (one root, matched
 * tags, quoted and unique attributes, known entities, no stray "<" or "&") and returns the tree.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const NAME = /^[A-Za-z_][\w.:-]*/;

function decode(raw: string, at: number): string {
  return raw.replace(/&([^;\s]*);?/g, (match, entity: string) => {
    if (!match.endsWith(";")) throw new Error(`bare "&" near offset ${at}`);
    if (entity in ENTITIES) return ENTITIES[entity];
    const m = /^#(x[0-9a-fA-F]+|\d+)$/.exec(entity);
    if (!m) throw new Error(`unknown entity &${entity}; near offset ${at}`);
    return String.fromCodePoint(m[1].startsWith("x") ? parseInt(m[1].slice(1), 16) : Number(m[1]));
  });
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${i}`);
  };
  const skip = (end: string) => {
    const j = source.indexOf(end, i);
    if (j < 0) fail(`unterminated ${end}`);
    i = j + end.length;
  };
  while (i < source.length) {
    if (source.startsWith("<?", i)) skip("?>");
    else if (source.startsWith("<!--", i)) skip("-->");
    else if (source.startsWith("</", i)) {
      i += 2;
      const name = NAME.exec(source.slice(i))?.[0] ?? fail("bad closing tag");
      i += name.length;
      if (!source.startsWith(">", i)) fail("expected >");
      i++;
      const open = stack.pop();
      if (!open || open.name !== name) fail(`</${name}> closes <${open?.name}>`);
    } else if (source[i] === "<") {
      i++;
      const name = NAME.exec(source.slice(i))?.[0] ?? fail("bad tag name");
      i += name.length;
      const element: XmlElement = { name, attributes: {}, children: [], text: "" };
      for (;;) {
        const ws = /^\s*/.exec(source.slice(i))![0];
        i += ws.length;
        if (source.startsWith("/>", i) || source[i] === ">") break;
        if (!ws) fail("expected a space before an attribute");
        const attr = NAME.exec(source.slice(i))?.[0] ?? fail("bad attribute name");
        i += attr.length;
        const m = /^\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(source.slice(i)) ?? fail(`attribute ${attr} without a quoted value`);
        if (attr in element.attributes) fail(`duplicate attribute ${attr}`);
        element.attributes[attr] = decode(m[2] ?? m[3], i);
        i += m[0].length;
      }
      const selfClosing = source.startsWith("/>", i);
      i += selfClosing ? 2 : 1;
      if (stack.length) stack[stack.length - 1].children.push(element);
      else if (root) fail("a second root element");
      else root = element;
      if (!selfClosing) stack.push(element);
    } else {
      const j = source.indexOf("<", i);
      const raw = source.slice(i, j < 0 ? source.length : j);
      if (!stack.length && raw.trim()) fail("text outside the root element");
      if (stack.length) stack[stack.length - 1].text += decode(raw, i);
      i += raw.length;
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1].name}> is not closed`);
  if (!root) fail("no root element");
  return root!;
}

/** Every element of the tree, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

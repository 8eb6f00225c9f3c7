import { parseA1, type Area } from "../../src/core/sheet/address";

/**
 * A small formula engine: enough of Excel's grammar to tell a formula from a syntax error, to give
 * "=x" and "=- Tham mưu" their #NAME?, to compute references, arithmetic, "&" and a few functions,
 * and to move references when rows are inserted or deleted (as Excel rewrites formulas).
 */

export type Scalar = string | number | boolean | null;
export class ErrorValue {
  constructor(readonly error: string) {}
}
type Matrix = { matrix: (Scalar | ErrorValue)[][] };
type Value = Scalar | ErrorValue | Matrix;

export interface FormulaHost {
  /** the value of a cell (null when empty); undefined when the sheet does not exist */
  cellValue(sheet: string, row: number, col: number): Scalar | ErrorValue | undefined;
  /** a defined name's reference ("'Báo cáo'!$J$8:$J$40"), if any */
  definedName(name: string): string | undefined;
}

export class FormulaSyntaxError extends Error {}

interface Token {
  kind: "num" | "str" | "err" | "ref" | "name" | "func" | "op" | "(" | ")" | "," | "ws";
  text: string;
  start: number;
  end: number;
  sheet?: string;
  /** "A1" or "A1:B2" without the sheet prefix */
  cells?: string;
}

const SHEET = String.raw`(?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{M}\p{N}_.]*)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const PATTERNS: [Token["kind"], RegExp][] = [
  ["ws", /^\s+/u],
  ["str", /^"(?:[^"]|"")*"/u],
  ["err", new RegExp(String.raw`^(?:${SHEET})?#(?:REF!|NAME\?|VALUE!|DIV\/0!|N\/A|NUM!|NULL!)`, "u")],
  ["ref", new RegExp(String.raw`^(${SHEET})?(${CELL}(?::${CELL})?)(?![\p{L}\p{N}_(.])`, "u")],
  ["num", /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/u],
  ["func", /^[\p{L}_][\p{L}\p{M}\p{N}_.]*(?=\()/u],
  ["name", /^[\p{L}_\\][\p{L}\p{M}\p{N}_.]*/u],
  ["op", /^(?:<>|<=|>=|[-+*/^&=<>%:])/u],
  ["(", /^\(/u],
  [")", /^\)/u],
  [",", /^,/u],
];

function unquoteSheet(prefix: string): string {
  const s = prefix.slice(0, -1);
  return s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

export function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < body.length) {
    const rest = body.slice(i);
    let matched = false;
    for (const [kind, re] of PATTERNS) {
      const m = re.exec(rest);
      if (!m) continue;
      const t: Token = { kind, text: m[0], start: i, end: i + m[0].length };
      if (kind === "ref") {
        t.sheet = m[1] ? unquoteSheet(m[1]) : undefined;
        t.cells = m[2];
      }
      tokens.push(t);
      i += m[0].length;
      matched = true;
      break;
    }
    if (!matched) throw new FormulaSyntaxError(`unexpected "${body[i]}"`);
  }
  return tokens;
}

type Node =
  | { k: "lit"; v: Scalar | ErrorValue }
  | { k: "ref"; sheet?: string; area: Area }
  | { k: "name"; name: string }
  | { k: "fn"; name: string; args: Node[] }
  | { k: "un"; op: string; x: Node }
  | { k: "pct"; x: Node }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "isect"; a: Node; b: Node };

function areaOf(cells: string): Area {
  const [p, q] = cells.split(":");
  const a = parseA1(p);
  const b = q ? parseA1(q) : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

const BINARY: Record<string, number> = { "=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "&": 2, "+": 3, "-": 3, "*": 4, "/": 4, "^": 5 };

const OPERAND_START = new Set<Token["kind"]>(["ref", "name", "func", "(", "num", "str"]);

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(skipWs = true): Token | undefined {
    let j = this.i;
    while (skipWs && this.tokens[j]?.kind === "ws") j++;
    return this.tokens[j];
  }

  private next(): Token {
    while (this.tokens[this.i]?.kind === "ws") this.i++;
    const t = this.tokens[this.i++];
    if (!t) throw new FormulaSyntaxError("unexpected end");
    return t;
  }

  parse(): Node {
    const node = this.expr(0);
    if (this.peek()) throw new FormulaSyntaxError(`unexpected "${this.peek()!.text}"`);
    return node;
  }

  private expr(min: number): Node {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t?.kind === "op" && t.text === "%") {
        this.next();
        left = { k: "pct", x: left };
        continue;
      }
      const prec = t?.kind === "op" ? BINARY[t.text] : undefined;
      if (prec === undefined || prec < min) break;
      this.next();
      left = { k: "bin", op: t!.text, a: left, b: this.expr(prec + 1) };
    }
    return left;
  }

  private unary(): Node {
    const t = this.peek();
    if (t?.kind === "op" && (t.text === "-" || t.text === "+")) {
      this.next();
      return { k: "un", op: t.text, x: this.unary() };
    }
    return this.intersection();
  }

  /** "a b": Excel's intersection operator is a space between two operands. */
  private intersection(): Node {
    let left = this.primary();
    while (this.tokens[this.i]?.kind === "ws" && OPERAND_START.has(this.peek()?.kind ?? "ws")) {
      left = { k: "isect", a: left, b: this.primary() }; // primary() skips the space
    }
    return left;
  }

  private primary(): Node {
    const t = this.next();
    switch (t.kind) {
      case "num":
        return { k: "lit", v: Number(t.text) };
      case "str":
        return { k: "lit", v: t.text.slice(1, -1).replace(/""/g, '"') };
      case "err":
        return { k: "lit", v: new ErrorValue(t.text.slice(t.text.indexOf("#"))) };
      case "ref":
        return { k: "ref", sheet: t.sheet, area: areaOf(t.cells!.replace(/\$/g, "")) };
      case "name":
        if (/^(TRUE|FALSE)$/i.test(t.text)) return { k: "lit", v: t.text.toUpperCase() === "TRUE" };
        return { k: "name", name: t.text };
      case "func": {
        this.next(); // (
        const args: Node[] = [];
        if (this.peek()?.kind !== ")") {
          for (;;) {
            args.push(this.expr(0));
            const sep = this.next();
            if (sep.kind === ")") break;
            if (sep.kind !== ",") throw new FormulaSyntaxError(`expected "," or ")"`);
          }
        } else this.next();
        return { k: "fn", name: t.text.toUpperCase(), args };
      }
      case "(": {
        const inner = this.expr(0);
        if (this.next().kind !== ")") throw new FormulaSyntaxError(`expected ")"`);
        return inner;
      }
      default:
        throw new FormulaSyntaxError(`unexpected "${t.text}"`);
    }
  }
}

/** Parses "=…"; throws FormulaSyntaxError when Excel would refuse the formula. */
export function parseFormula(formula: string): Node {
  if (!formula.startsWith("=")) throw new FormulaSyntaxError("a formula starts with =");
  return new Parser(tokenize(formula.slice(1))).parse();
}

export function isValidFormula(formula: string): boolean {
  try {
    parseFormula(formula);
    return true;
  } catch {
    return false;
  }
}

const NAME = new ErrorValue("#NAME?");
const VALUE = new ErrorValue("#VALUE!");
const REF = new ErrorValue("#REF!");

function isMatrix(v: Value): v is Matrix {
  return typeof v === "object" && v !== null && "matrix" in v;
}

function scalarOf(v: Value): Scalar | ErrorValue {
  if (isMatrix(v)) return v.matrix[0]?.[0] ?? null;
  return v;
}

function toNumber(v: Scalar | ErrorValue): number | ErrorValue {
  if (v instanceof ErrorValue) return v;
  if (v === null || v === "") return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const n = Number(v.trim());
  return v.trim() !== "" && Number.isFinite(n) ? n : VALUE;
}

function toText(v: Scalar | ErrorValue): string | ErrorValue {
  if (v instanceof ErrorValue) return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function flatten(values: Value[]): (Scalar | ErrorValue)[] {
  return values.flatMap((v) => (isMatrix(v) ? v.matrix.flat() : [v]));
}

function matches(value: Scalar | ErrorValue, criterion: Scalar | ErrorValue): boolean {
  if (value instanceof ErrorValue || criterion instanceof ErrorValue) return false;
  const c = criterion === null ? "" : String(criterion);
  const m = /^(<>|<=|>=|=|<|>)?(.*)$/s.exec(c)!;
  const op = m[1] ?? "=";
  const target = m[2];
  const text = value === null ? "" : String(value);
  const num = Number(target);
  const isNum = target !== "" && Number.isFinite(num) && typeof value === "number";
  const cmp = isNum ? (value as number) - num : text.toLowerCase().localeCompare(target.toLowerCase());
  switch (op) {
    case "<>":
      return cmp !== 0;
    case "<":
      return cmp < 0;
    case ">":
      return cmp > 0;
    case "<=":
      return cmp <= 0;
    case ">=":
      return cmp >= 0;
    default:
      return cmp === 0;
  }
}

const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
  SUM: (args) => {
    let s = 0;
    for (const v of flatten(args)) {
      if (v instanceof ErrorValue) return v;
      if (typeof v === "number") s += v;
    }
    return s;
  },
  COUNTA: (args) => flatten(args).filter((v) => v !== null && v !== "").length,
  COUNTIF: ([range, criterion]) => flatten([range]).filter((v) => matches(v, scalarOf(criterion))).length,
  IF: ([test, yes, no]) => {
    const t = scalarOf(test);
    if (t instanceof ErrorValue) return t;
    return t ? (yes ?? true) : (no ?? false);
  },
  AND: (args) => flatten(args).every((v) => !!v && !(v instanceof ErrorValue)),
  OR: (args) => flatten(args).some((v) => !!v && !(v instanceof ErrorValue)),
  NOT: ([v]) => !scalarOf(v),
  LEN: ([v]) => {
    const t = toText(scalarOf(v));
    return t instanceof ErrorValue ? t : t.length;
  },
  TRIM: ([v]) => {
    const t = toText(scalarOf(v));
    return t instanceof ErrorValue ? t : t.trim().replace(/ +/g, " ");
  },
  IFERROR: ([v, alt]) => (scalarOf(v) instanceof ErrorValue ? alt : v),
  CONCATENATE: (args) => {
    let s = "";
    for (const v of args) {
      const t = toText(scalarOf(v));
      if (t instanceof ErrorValue) return t;
      s += t;
    }
    return s;
  },
};

function evaluateNode(node: Node, host: FormulaHost, sheet: string): Value {
  switch (node.k) {
    case "lit":
      return node.v;
    case "ref": {
      const target = node.sheet ?? sheet;
      const a = node.area;
      const matrix: (Scalar | ErrorValue)[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: (Scalar | ErrorValue)[] = [];
        for (let c = a.left; c <= a.right; c++) {
          const v = host.cellValue(target, r, c);
          if (v === undefined) return REF;
          row.push(v);
        }
        matrix.push(row);
      }
      return matrix.length === 1 && matrix[0].length === 1 ? matrix[0][0] : { matrix };
    }
    case "name": {
      const ref = host.definedName(node.name);
      return ref === undefined ? NAME : evaluateNode(parseFormula(`=${ref}`), host, sheet);
    }
    case "fn": {
      const fn = FUNCTIONS[node.name];
      if (!fn) return NAME;
      return fn(node.args.map((a) => evaluateNode(a, host, sheet)));
    }
    case "isect": {
      const a = evaluateNode(node.a, host, sheet);
      const b = evaluateNode(node.b, host, sheet);
      if (a instanceof ErrorValue) return a;
      if (b instanceof ErrorValue) return b;
      return new ErrorValue("#NULL!");
    }
    case "un": {
      const n = toNumber(scalarOf(evaluateNode(node.x, host, sheet)));
      return n instanceof ErrorValue ? n : node.op === "-" ? -n : n;
    }
    case "pct": {
      const n = toNumber(scalarOf(evaluateNode(node.x, host, sheet)));
      return n instanceof ErrorValue ? n : n / 100;
    }
    case "bin": {
      const a = scalarOf(evaluateNode(node.a, host, sheet));
      const b = scalarOf(evaluateNode(node.b, host, sheet));
      if (a instanceof ErrorValue) return a;
      if (b instanceof ErrorValue) return b;
      if (node.op === "&") return `${toText(a)}${toText(b)}`;
      if (["=", "<>", "<", ">", "<=", ">="].includes(node.op)) {
        const cmp = typeof a === "number" && typeof b === "number" ? a - b : String(a ?? "").toLowerCase().localeCompare(String(b ?? "").toLowerCase());
        return { "=": cmp === 0, "<>": cmp !== 0, "<": cmp < 0, ">": cmp > 0, "<=": cmp <= 0, ">=": cmp >= 0 }[node.op]!;
      }
      const x = toNumber(a);
      const y = toNumber(b);
      if (x instanceof ErrorValue) return x;
      if (y instanceof ErrorValue) return y;
      if (node.op === "/" && y === 0) return new ErrorValue("#DIV/0!");
      return { "+": x + y, "-": x - y, "*": x * y, "/": x / y, "^": x ** y }[node.op]!;
    }
  }
}

/** The value of a formula on `sheet`: errors as their text ("#NAME?"), an empty reference as 0. */
export function evaluateFormula(formula: string, host: FormulaHost, sheet: string): Scalar {
  let v: Value;
  try {
    v = scalarOf(evaluateNode(parseFormula(formula), host, sheet));
  } catch {
    return "#NAME?";
  }
  const s = scalarOf(v);
  if (s instanceof ErrorValue) return s.error;
  return s === null ? 0 : s;
}

const COLUMN = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;

function sameSheet(a: string, b: string): boolean {
  return a.normalize("NFC").toUpperCase() === b.normalize("NFC").toUpperCase();
}

/**
 * The formula after rows [at, at+count) were inserted (count > 0) or deleted (count < 0, rows
 * [at, at-count)) on `target`; `own` is the sheet the formula is on. Like Excel, references past the
 * edit move; references into deleted rows become #REF!.
 */
export function shiftRows(formula: string, own: string, target: string, at: number, count: number): string {
  if (!formula.startsWith("=")) return formula;
  let tokens: Token[];
  try {
    tokens = tokenize(formula.slice(1));
  } catch {
    return formula;
  }
  let out = "=";
  for (const t of tokens) {
    if (t.kind !== "ref" || !sameSheet(t.sheet ?? own, target)) {
      out += t.text;
      continue;
    }
    const prefix = t.text.slice(0, t.text.length - t.cells!.length);
    const parts = t.cells!.split(":").map((p) => COLUMN.exec(p)!);
    const rows = parts.map((p) => Number(p[4]) - 1);
    let moved: number[] | null;
    if (count > 0) moved = rows.map((r) => (r >= at ? r + count : r));
    else {
      const end = at - count;
      const [first, last] = [rows[0], rows[rows.length - 1]];
      if (first >= at && last < end) moved = null;
      else moved = rows.map((r, i) => (r >= end ? r + count : r >= at ? (i === 0 ? at : at - 1) : r));
    }
    out += moved === null ? `${prefix}#REF!` : prefix + parts.map((p, i) => `${p[1]}${p[2]}${p[3]}${moved![i] + 1}`).join(":");
  }
  return out;
}

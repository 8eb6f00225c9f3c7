import { parseArea, type Area } from "../core/sheet/address";

/**
 * Addresses as office-js returns them: "'Kế hoạch'!A5:I5", and for several areas
 * "Sheet1!A1:B4, Sheet1!D1:D4". Sheet names may hold commas and apostrophes inside their quotes.
 */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** "A5:I5" from "'Kế hoạch'!$A$5:$I$5". */
export function withoutSheet(address: string): string {
  const bare = address.slice(address.lastIndexOf("!") + 1);
  return bare.replace(/\$/g, "");
}

export function areasOf(address: string): Area[] {
  return splitAreas(address).map((a) => parseArea(withoutSheet(a)));
}

/** The 0-based rows any of the areas covers. */
export function rowsCovered(addresses: string[]): Set<number> {
  const rows = new Set<number>();
  for (const address of addresses) {
    for (const area of areasOf(address)) for (let r = area.top; r <= area.bottom; r++) rows.add(r);
  }
  return rows;
}

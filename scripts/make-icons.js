#!/usr/bin/env node
/**
 * Draws KHCT's icons and writes them as PNG files into assets/ (committed; run again after changing a
 * drawing: `npm run icons`). Office asks for 16, 32 and 80 px button icons and 32/64 px add-in icons
 * (80 px for the ribbon group on high-DPI screens). No image library: shapes are rasterised at 8×
 * and averaged down (anti-aliasing), then encoded with node:zlib.
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { Buffer } = require("node:buffer");

const SUPERSAMPLE = 8;

// ---- PNG encoding -------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels (width·height·4 bytes) → PNG file bytes. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", zlib.deflateSync(rows, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

// ---- drawing ------------------------------------------------------------------------------------

function hex(color) {
  const n = parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A canvas in unit coordinates (0..1 across the icon), painted at high resolution. */
class Canvas {
  constructor(size) {
    this.size = size;
    this.n = size * SUPERSAMPLE;
    this.pixels = new Float32Array(this.n * this.n * 4); // premultiplied RGBA, 0..1
  }

  paint(color, inside) {
    const [r, g, b] = hex(color);
    const n = this.n;
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) {
        if (!inside((x + 0.5) / n, (y + 0.5) / n)) continue;
        const i = (y * n + x) * 4;
        this.pixels.set([r / 255, g / 255, b / 255, 1], i);
      }
    }
    return this;
  }

  roundRect(x0, y0, x1, y1, radius, color) {
    return this.paint(color, (x, y) => {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const cx = Math.min(Math.max(x, x0 + radius), x1 - radius);
      const cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
      return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
    });
  }

  rect(x0, y0, x1, y1, color) {
    return this.roundRect(x0, y0, x1, y1, 0, color);
  }

  circle(cx, cy, radius, color) {
    return this.paint(color, (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2);
  }

  /** A polyline of the given width with round joins and ends. */
  line(points, width, color) {
    return this.paint(color, (x, y) => {
      for (let i = 0; i + 1 < points.length; i++) {
        const [ax, ay] = points[i];
        const [bx, by] = points[i + 1];
        const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
        if ((x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= (width / 2) ** 2) return true;
      }
      return false;
    });
  }

  png() {
    const { size, n } = this;
    const out = Buffer.alloc(size * size * 4);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const sum = [0, 0, 0, 0];
        for (let dy = 0; dy < SUPERSAMPLE; dy++) {
          for (let dx = 0; dx < SUPERSAMPLE; dx++) {
            const i = ((y * SUPERSAMPLE + dy) * n + x * SUPERSAMPLE + dx) * 4;
            for (let k = 0; k < 4; k++) sum[k] += this.pixels[i + k];
          }
        }
        const alpha = sum[3] / SUPERSAMPLE ** 2;
        const o = (y * size + x) * 4;
        for (let k = 0; k < 3; k++) out[o + k] = alpha ? Math.round((sum[k] / sum[3]) * 255) : 0;
        out[o + 3] = Math.round(alpha * 255);
      }
    }
    return encodePng(size, size, out);
  }
}

const GREEN = "#217346"; // Excel's green
const BLUE = "#2F6FB3";
const PAPER = "#FFFFFF";
const EDGE = "#5F6B73";
const HEADER = "#BCD3EC";
const LINES = "#9AA5AD";
const BADGE_GREEN = "#2E9E4F";

/** A sheet of paper with a header row and ruled lines, as the base of the button icons. */
function sheet(c) {
  c.roundRect(0.1, 0.06, 0.78, 0.94, 0.06, EDGE).roundRect(0.14, 0.1, 0.74, 0.9, 0.04, PAPER).rect(0.14, 0.1, 0.74, 0.28, HEADER);
  for (const y of [0.42, 0.56, 0.7]) c.rect(0.22, y, 0.66, y + 0.05, LINES);
  return c;
}

const DRAWINGS = {
  /** The add-in: a green tile with a sheet and a check mark. */
  icon(c) {
    c.roundRect(0.04, 0.04, 0.96, 0.96, 0.18, GREEN).roundRect(0.22, 0.16, 0.72, 0.84, 0.05, PAPER);
    for (const y of [0.3, 0.42]) c.rect(0.3, y, 0.64, y + 0.05, HEADER);
    return c.line([[0.36, 0.62], [0.48, 0.74], [0.84, 0.38]], 0.11, BADGE_GREEN);
  },
  "insert-template"(c) {
    return sheet(c).circle(0.72, 0.72, 0.24, BADGE_GREEN).line([[0.72, 0.6], [0.72, 0.84]], 0.08, PAPER).line([[0.6, 0.72], [0.84, 0.72]], 0.08, PAPER);
  },
  validate(c) {
    return sheet(c).circle(0.72, 0.72, 0.24, BADGE_GREEN).line([[0.6, 0.72], [0.69, 0.81], [0.85, 0.63]], 0.08, PAPER);
  },
  report(c) {
    c.rect(0.1, 0.88, 0.9, 0.94, EDGE);
    return c.rect(0.16, 0.52, 0.32, 0.88, BLUE).rect(0.42, 0.3, 0.58, 0.88, GREEN).rect(0.68, 0.12, 0.84, 0.88, BLUE);
  },
};

const SIZES = { icon: [16, 32, 64, 80], "insert-template": [16, 32, 80], validate: [16, 32, 80], report: [16, 32, 80] };

const outDir = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const [name, sizes] of Object.entries(SIZES)) {
  for (const size of sizes) {
    const file = path.join(outDir, `${name}-${size}.png`);
    fs.writeFileSync(file, DRAWINGS[name](new Canvas(size)).png());
    console.log(`${path.relative(process.cwd(), file)} ${size}×${size}`);
  }
}

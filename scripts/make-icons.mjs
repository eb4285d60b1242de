// Writes the add-in's icons (assets/icon-16/32/64/80.png): a Fluent-blue rounded square with
// three rising white bars — «gevinst» as a bar chart. Drawn here, with zlib only, so the icons
// can be regenerated anywhere without an image editor or a native image library.
//
//   node scripts/make-icons.mjs [outDir]
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80];
// Fluent UI v9 brand colour (colorBrandBackground, #0F6CBD) and white.
const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
// Sub-pixel samples per axis: 4 × 4 gives smooth edges at 16 px without a rasteriser.
const SAMPLES = 4;

/** Shapes in a 0..1 unit square; the last one that contains a point decides its colour. */
const BARS = [
  { x0: 0.2, x1: 0.35, y0: 0.55 },
  { x0: 0.425, x1: 0.575, y0: 0.4 },
  { x0: 0.65, x1: 0.8, y0: 0.22 },
].map((bar) => ({ ...bar, y1: 0.8 }));

function isInRoundedSquare(x, y) {
  const radius = 0.2;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function colourAt(x, y) {
  if (!isInRoundedSquare(x, y)) return null;
  const isBar = BARS.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1);
  return isBar ? WHITE : BLUE;
}

/** RGBA pixels, premultiplied by coverage and then un-premultiplied, so edges blend cleanly. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt(
            (px + (sx + 0.5) / SAMPLES) / size,
            (py + (sy + 0.5) / SAMPLES) / size,
          );
          if (!colour) continue;
          covered++;
          for (let c = 0; c < 3; c++) sum[c] += colour[c];
        }
      }
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = covered ? Math.round(sum[c] / covered) : 0;
      pixels[offset + 3] = Math.round((255 * covered) / SAMPLES ** 2);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A PNG (colour type 6: 8-bit RGBA, no interlace) with filter 0 on every scanline. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = resolve(process.argv[2] ?? "assets");
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(`Skrev ${file}`);
}

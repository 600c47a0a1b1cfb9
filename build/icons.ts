/**
 * Draws the toolbar and store icons (npm run icons → icons/icon-<size>.png):
 * a rounded page with three lines of text, the middle one highlighted. Drawn
 * here with 4×4 supersampling and encoded with zlib, so no image tool is needed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type RGBA = [number, number, number, number];
const BG: RGBA = [31, 64, 110, 255];
const TEXT: RGBA = [245, 245, 240, 255];
const MARK: RGBA = [255, 211, 61, 255];

/** Shapes in a 0..1 square; later shapes paint over earlier ones. */
function colourAt(x: number, y: number): RGBA | null {
  const r = 0.2;
  const inRounded = (x0: number, y0: number, x1: number, y1: number, rad: number) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + rad), x1 - rad);
    const cy = Math.min(Math.max(y, y0 + rad), y1 - rad);
    return (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad;
  };
  let c: RGBA | null = null;
  if (inRounded(0.02, 0.02, 0.98, 0.98, r)) c = BG;
  if (inRounded(0.2, 0.24, 0.8, 0.34, 0.05)) c = TEXT;
  if (inRounded(0.14, 0.42, 0.86, 0.58, 0.06)) c = MARK;
  if (inRounded(0.2, 0.45, 0.74, 0.55, 0.05)) c = BG;
  if (inRounded(0.2, 0.66, 0.62, 0.76, 0.05)) c = TEXT;
  return c;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function drawIcon(size: number): Buffer {
  const ss = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          for (let k = 0; k < 3; k++) acc[k]! += c[k]! * c[3];
          acc[3]! += c[3];
        }
      }
      const a = acc[3]!;
      const o = 1 + px * 4;
      for (let k = 0; k < 3; k++) row[o + k] = a ? Math.round(acc[k]! / a) : 0;
      row[o + 3] = Math.round(a / (ss * ss));
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../icons');
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(join(out, `icon-${size}.png`), drawIcon(size));
console.log(`icons written to ${out}`);

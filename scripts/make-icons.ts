// Draws the Tradewatch mark — three candles over a pulse line on a dark rounded square — and
// writes resources/icon.png (512), resources/icon.ico (16/32/48/256) and resources/tray.png (32).
// Pure Node (zlib for PNG), so the icons can be regenerated anywhere: `npm run icons`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];
/** A shape in unit coordinates (0..1, y down): a coverage test plus its colour at a point. */
interface Shape {
  contains(x: number, y: number): boolean;
  color(x: number, y: number): Rgba;
}

const hex = (value: string, alpha = 255): Rgba => [
  parseInt(value.slice(1, 3), 16),
  parseInt(value.slice(3, 5), 16),
  parseInt(value.slice(5, 7), 16),
  alpha,
];

const BACKGROUND_TOP = hex('#1d2633');
const BACKGROUND_BOTTOM = hex('#0e1116');
const RIM = hex('#334155');
const UP = hex('#22c55e');
const DOWN = hex('#ef4444');
const PULSE = hex('#38bdf8');

function roundedRect(
  cx: number,
  cy: number,
  halfW: number,
  halfH: number,
  radius: number,
  fill: Shape['color'],
): Shape {
  return {
    contains(x, y) {
      const dx = Math.max(Math.abs(x - cx) - (halfW - radius), 0);
      const dy = Math.max(Math.abs(y - cy) - (halfH - radius), 0);
      return dx * dx + dy * dy <= radius * radius && Math.abs(x - cx) <= halfW && Math.abs(y - cy) <= halfH;
    },
    color: fill,
  };
}

function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

function polyline(points: readonly (readonly [number, number])[], width: number, rgba: Rgba): Shape {
  return {
    contains(x, y) {
      for (let i = 1; i < points.length; i++) {
        const [ax, ay] = points[i - 1]!;
        const [bx, by] = points[i]!;
        if (segmentDistance(x, y, ax, ay, bx, by) <= width / 2) return true;
      }
      return false;
    },
    color: () => rgba,
  };
}

/** A candle: wick from high to low, body from open to close, coloured by direction. */
function candle(
  x: number,
  high: number,
  low: number,
  open: number,
  close: number,
  bodyW: number,
  wickW: number,
): Shape[] {
  const rgba = close <= open ? UP : DOWN; // y grows downwards: a smaller y is a higher price
  const top = Math.min(open, close);
  const bottom = Math.max(open, close);
  return [
    roundedRect(x, (high + low) / 2, wickW / 2, (low - high) / 2, wickW / 2, () => rgba),
    roundedRect(x, (top + bottom) / 2, bodyW / 2, (bottom - top) / 2, bodyW * 0.18, () => rgba),
  ];
}

/** Small sizes drop the pulse and thicken strokes so the mark stays legible at 16 px. */
function scene(size: number, margin: number): Shape[] {
  const small = size <= 32;
  const half = 0.5 - margin;
  const mix = (y: number): Rgba => {
    const t = Math.max(0, Math.min(1, (y - margin) / (2 * half)));
    return [0, 1, 2, 3].map((i) =>
      Math.round(BACKGROUND_TOP[i]! * (1 - t) + BACKGROUND_BOTTOM[i]! * t),
    ) as unknown as Rgba;
  };
  const rim = small ? 0 : 0.012;
  const bodyW = small ? 0.16 : 0.13;
  const wickW = small ? 0.07 : 0.036;
  const shapes: Shape[] = [
    roundedRect(0.5, 0.5, half, half, 0.2 * (2 * half), () => RIM),
    roundedRect(0.5, 0.5, half - rim, half - rim, 0.2 * (2 * half) - rim, (_x, y) => mix(y)),
  ];
  // Without the pulse underneath, the candles move down to the centre and spread out a little.
  const dy = small ? 0.09 : 0;
  const dx = small ? 0.04 : 0;
  shapes.push(
    ...candle(0.3 - dx, 0.34 + dy, 0.7 + dy, 0.42 + dy, 0.62 + dy, bodyW, wickW),
    ...candle(0.5, 0.2 + dy, 0.66 + dy, 0.56 + dy, 0.28 + dy, bodyW, wickW),
    ...candle(0.7 + dx, 0.26 + dy, 0.56 + dy, 0.46 + dy, 0.32 + dy, bodyW, wickW),
  );
  if (!small) {
    shapes.push(
      polyline(
        [
          [0.16, 0.8],
          [0.38, 0.8],
          [0.45, 0.72],
          [0.53, 0.87],
          [0.6, 0.8],
          [0.84, 0.8],
        ],
        0.032,
        PULSE,
      ),
    );
  }
  return shapes;
}

/** Supersampled rasterisation: the topmost shape covering each sub-sample wins; samples are averaged. */
function render(size: number, margin: number): Uint8Array {
  const shapes = scene(size, margin).reverse();
  const samples = size <= 64 ? 8 : 4;
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          const hit = shapes.find((s) => s.contains(x, y));
          if (!hit) continue;
          const [cr, cg, cb, ca] = hit.color(x, y);
          const alpha = ca / 255;
          r += cr * alpha;
          g += cg * alpha;
          b += cb * alpha;
          a += alpha;
        }
      }
      const i = (py * size + px) * 4;
      const n = samples * samples;
      // Un-premultiply the average so edges keep their colour and only lose opacity.
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((a / n) * 255);
    }
  }
  return out;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA, 8 bits per channel, no interlace; every scanline uses filter 0. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type: RGBA
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An .ico whose entries are PNG streams (supported since Windows Vista). */
export function encodeIco(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

function main(): void {
  const dir = new URL('../resources/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  // Windows draws app icons nearly edge to edge; the tray icon gets no margin at all.
  const icon = (size: number) => encodePng(size, render(size, size <= 32 ? 0.02 : 0.04));
  writeFileSync(new URL('icon.png', dir), icon(512));
  writeFileSync(new URL('icon.ico', dir), encodeIco([16, 32, 48, 256].map((size) => ({ size, png: icon(size) }))));
  writeFileSync(new URL('tray.png', dir), encodePng(32, render(32, 0)));
  console.log('wrote resources/icon.png, resources/icon.ico, resources/tray.png');
}

if (import.meta.main) main();

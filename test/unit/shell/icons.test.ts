import { readFileSync } from 'node:fs';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeIco, encodePng } from '../../../scripts/make-icons.ts';

const resources = new URL('../../../resources/', import.meta.url);

/** Walks a PNG's chunks, checking each CRC; returns the IHDR size and the inflated pixel stream. */
function readPng(png: Buffer): { width: number; height: number; raw: Buffer } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const body = png.subarray(offset + 4, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(body));
    const type = body.toString('ascii', 0, 4);
    if (type === 'IHDR') {
      width = body.readUInt32BE(4);
      height = body.readUInt32BE(8);
      expect([body[12], body[13]]).toEqual([8, 6]);
    }
    if (type === 'IDAT') idat.push(body.subarray(4));
    offset += 12 + length;
  }
  return { width, height, raw: inflateSync(Buffer.concat(idat)) };
}

describe('encodePng', () => {
  it('writes a valid RGBA PNG holding the given pixels', () => {
    const pixels = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 1, 2, 3, 4]);
    const { width, height, raw } = readPng(encodePng(2, pixels));
    expect([width, height]).toEqual([2, 2]);
    expect([...raw]).toEqual([0, ...pixels.subarray(0, 8), 0, ...pixels.subarray(8)]);
  });
});

describe('encodeIco', () => {
  it('indexes PNG entries, writing 256 as 0', () => {
    const a = encodePng(1, new Uint8Array(4));
    const b = encodePng(1, new Uint8Array(4));
    const ico = encodeIco([
      { size: 16, png: a },
      { size: 256, png: b },
    ]);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
    expect([ico[6], ico[22]]).toEqual([16, 0]);
    const offset = ico.readUInt32LE(6 + 12);
    expect(ico.subarray(offset, offset + a.length)).toEqual(a);
    expect(ico.readUInt32LE(22 + 12)).toBe(offset + a.length);
  });
});

describe('committed icons (node scripts/make-icons.ts)', () => {
  it('icon.png is 512 and tray.png is 32', () => {
    expect(readPng(readFileSync(new URL('icon.png', resources))).width).toBe(512);
    expect(readPng(readFileSync(new URL('tray.png', resources))).width).toBe(32);
  });

  it('icon.ico holds 16, 32, 48 and 256', () => {
    const ico = readFileSync(new URL('icon.ico', resources));
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const entry = 6 + 16 * i;
      const png = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
      );
      return readPng(png).width;
    });
    expect(sizes).toEqual([16, 32, 48, 256]);
  });
});

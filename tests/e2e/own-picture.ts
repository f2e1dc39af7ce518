import { crc32, deflateSync } from 'node:zlib';

// A small real PNG for the own-drill tests: a picture a user might choose (a figure on a light
// ground), encoded here so no binary file sits in the repository. Browsers decode it like any photo.

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A width × height RGB PNG: a dark upright bar (a person, roughly) on a pale ground. */
export function pngPicture(width = 96, height = 64): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, no interlace
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0); // no filter
    for (let x = 0; x < width; x++) {
      const figure = Math.abs(x - width / 2) < width / 8 && y > height / 6;
      rows.push(...(figure ? [30, 60, 120] : [235, 225, 200]));
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** The same picture as a data URL, as a program file or a policy carries it. */
export function pngDataUrl(width?: number, height?: number): string {
  return `data:image/png;base64,${pngPicture(width, height).toString('base64')}`;
}

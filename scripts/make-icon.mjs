// Draws resources/icon.png (512×512): two overlapping rings, sales blue and marketing magenta, on a
// dark rounded square. A script rather than a binary from nowhere, so the icon can be regenerated.
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const S = 512
const px = Buffer.alloc(S * S * 4)
const ring = (x, y, cx, cy, r, w) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= w / 2
for (let y = 0; y < S; y++) {
  for (let x = 0; x < S; x++) {
    const i = (y * S + x) * 4
    const corner = 96
    const dx = Math.max(corner - x, x - (S - 1 - corner), 0)
    const dy = Math.max(corner - y, y - (S - 1 - corner), 0)
    if (Math.hypot(dx, dy) > corner) continue
    let c = [17, 24, 39]
    if (ring(x, y, 206, 256, 112, 40)) c = [79, 140, 255]
    if (ring(x, y, 306, 256, 112, 40))
      c = Math.hypot(x - 206, y - 256) < 112 && x < 256 ? c : [236, 96, 170]
    px.set([...c, 255], i)
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc = (buf) => {
  let c = 0xffffffff
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'ascii')
  data.copy(out, 8)
  out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}
const raw = Buffer.alloc(S * (S * 4 + 1))
for (let y = 0; y < S; y++) px.copy(raw, y * (S * 4 + 1) + 1, y * S * 4, (y + 1) * S * 4)
const header = Buffer.alloc(13)
header.writeUInt32BE(S, 0)
header.writeUInt32BE(S, 4)
header.set([8, 6, 0, 0, 0], 8)
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
])
writeFileSync('resources/icon.png', png)
console.log(`resources/icon.png: ${png.length} bytes`)

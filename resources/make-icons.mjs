// Draws the app icon at every size the installers use: two interlocking rings, sales blue and
// marketing magenta, on a dark rounded square. Each size is drawn from the shapes (4×4 samples per
// pixel), not scaled from one bitmap, so 16 px stays crisp. Run: node resources/make-icons.mjs
//   resources/icon.png        1024 px master
//   resources/icons/NxN.png   the Linux icon set, 16–1024
//   resources/icon.ico        Windows, 16–256 (the installer's tools want BMP entries below 256)
//   resources/icon.icns       macOS, 16–1024
// Ready-made .ico and .icns matter: to convert a PNG, electron-builder downloads a tool from GitHub.
import { mkdirSync, writeFileSync } from 'node:fs'
import { crc32, deflateSync } from 'node:zlib'

const here = new URL('.', import.meta.url)
const UNIT = 512
const SAMPLES = 4
const DARK = [17, 24, 39]
const BLUE = [79, 140, 255]
const MAGENTA = [236, 96, 170]

// Coordinates in a 512-unit square, as the icon was first drawn.
const colourAt = (x, y) => {
  const corner = 96
  const dx = Math.max(corner - x, x - (UNIT - corner), 0)
  const dy = Math.max(corner - y, y - (UNIT - corner), 0)
  if (Math.hypot(dx, dy) > corner) return null
  const onRing = (cx) => Math.abs(Math.hypot(x - cx, y - 256) - 112) <= 20
  let c = onRing(206) ? BLUE : DARK
  // The magenta ring passes behind the blue one on the left, so the two read as linked.
  const hidden = Math.hypot(x - 206, y - 256) < 112 && x < 256
  if (onRing(306) && !hidden) c = MAGENTA
  return c
}

const draw = (size) => {
  const rgba = Buffer.alloc(size * size * 4)
  const scale = UNIT / size
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0]
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt(
            (px + (sx + 0.5) / SAMPLES) * scale,
            (py + (sy + 0.5) / SAMPLES) * scale,
          )
          if (!c) continue
          sum[0] += c[0]
          sum[1] += c[1]
          sum[2] += c[2]
          sum[3] += 1
        }
      }
      const covered = sum[3]
      const i = (py * size + px) * 4
      if (covered === 0) continue
      rgba[i] = Math.round(sum[0] / covered)
      rgba[i + 1] = Math.round(sum[1] / covered)
      rgba[i + 2] = Math.round(sum[2] / covered)
      rgba[i + 3] = Math.round((255 * covered) / SAMPLES ** 2)
    }
  }
  return rgba
}

const chunk = (type, data) => {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const tail = Buffer.alloc(4)
  tail.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, tail])
}

const png = (size, rgba) => {
  const rowBytes = size * 4
  const raw = Buffer.alloc(size * (rowBytes + 1))
  for (let y = 0; y < size; y++)
    rgba.copy(raw, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes)
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

// A 32-bit DIB as ICO stores it: bottom-up BGRA rows, doubled height, then an empty AND mask.
const bmp = (size, rgba) => {
  const maskRow = Math.ceil(size / 32) * 4
  const out = Buffer.alloc(40 + size * size * 4 + maskRow * size)
  out.writeUInt32LE(40, 0)
  out.writeInt32LE(size, 4)
  out.writeInt32LE(size * 2, 8)
  out.writeUInt16LE(1, 12)
  out.writeUInt16LE(32, 14)
  out.writeUInt32LE(size * size * 4 + maskRow * size, 20)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4
      const to = 40 + ((size - 1 - y) * size + x) * 4
      out.set([rgba[from + 2], rgba[from + 1], rgba[from], rgba[from + 3]], to)
    }
  }
  return out
}

const ico = (images) => {
  const dir = Buffer.alloc(6 + images.length * 16)
  dir.writeUInt16LE(1, 2)
  dir.writeUInt16LE(images.length, 4)
  let offset = dir.length
  images.forEach(({ size, data }, n) => {
    const at = 6 + n * 16
    dir[at] = size >= 256 ? 0 : size
    dir[at + 1] = size >= 256 ? 0 : size
    dir.writeUInt16LE(1, at + 4)
    dir.writeUInt16LE(32, at + 6)
    dir.writeUInt32LE(data.length, at + 8)
    dir.writeUInt32LE(offset, at + 12)
    offset += data.length
  })
  return Buffer.concat([dir, ...images.map((i) => i.data)])
}

const icns = (entries) => {
  const parts = entries.map(([type, data]) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(data.length + 8, 4)
    return Buffer.concat([head, data])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4)
  return Buffer.concat([head, ...parts])
}

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const pixels = new Map(sizes.map((s) => [s, draw(s)]))
const pngs = new Map(sizes.map((s) => [s, png(s, pixels.get(s))]))

mkdirSync(new URL('icons/', here), { recursive: true })
for (const [s, data] of pngs) writeFileSync(new URL(`icons/${s}x${s}.png`, here), data)
writeFileSync(new URL('icon.png', here), pngs.get(1024))
writeFileSync(
  new URL('icon.ico', here),
  ico(
    [16, 24, 32, 48, 64, 128, 256].map((s) => ({
      size: s,
      data: s >= 256 ? pngs.get(s) : bmp(s, pixels.get(s)),
    })),
  ),
)
// icp4/icp5/icp6 and ic07–ic10 are 1x sizes; ic11–ic14 are the Retina (2x) slots.
const icnsTypes = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
]
writeFileSync(new URL('icon.icns', here), icns(icnsTypes.map(([t, s]) => [t, pngs.get(s)])))
console.log(`Icons written to ${here.pathname}: ${sizes.join(', ')} px, icon.ico, icon.icns`)

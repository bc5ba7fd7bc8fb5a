// Cuts a big fallback font (Noto Sans JP, 5.4 MB) into small fonts of a few hundred characters
// each, for the renderer's CSS: the browser then reads only the pieces whose characters are on
// screen. The whole font read at once took 80–130 ms of a window's main thread the moment the first
// Japanese word appeared (the console stalled mid-session). The PDF side keeps the whole font.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, extname, join, relative } from 'node:path'
import * as fontkit from 'fontkit'

const require = createRequire(import.meta.url)

/** Code points per piece: a piece of kanji is then some 60–90 KB, read in a few milliseconds. */
const PER_SLICE = 200
/** Bump when the pieces' making changes: the cache is keyed by it and the font's own hash. */
const VERSION = 2

const u16 = (n) => [(n >> 8) & 0xff, n & 0xff]
const u32 = (n) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]

/** A format 4 cmap (Windows Unicode BMP): one segment per run of codes with consecutive glyphs. */
const cmapTable = (pairs) => {
  const segs = []
  for (const [code, gid] of pairs) {
    const last = segs.at(-1)
    if (last && code === last.end + 1 && gid - code === last.delta) last.end = code
    else segs.push({ start: code, end: code, delta: gid - code })
  }
  segs.push({ start: 0xffff, end: 0xffff, delta: 1 })
  const n = segs.length
  const searchRange = 2 * 2 ** Math.floor(Math.log2(n))
  const sub = [
    ...u16(4),
    ...u16(16 + 8 * n),
    ...u16(0),
    ...u16(2 * n),
    ...u16(searchRange),
    ...u16(Math.log2(searchRange / 2)),
    ...u16(2 * n - searchRange),
    ...segs.flatMap((s) => u16(s.end)),
    ...u16(0),
    ...segs.flatMap((s) => u16(s.start)),
    ...segs.flatMap((s) => u16(s.delta & 0xffff)),
    ...segs.flatMap(() => u16(0)),
  ]
  return Uint8Array.from([...u16(0), ...u16(1), ...u16(3), ...u16(1), ...u32(12), ...sub])
}

const readTables = (buf) => {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  const tables = new Map()
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + 16 * i
    const tag = String.fromCharCode(...buf.subarray(at, at + 4))
    const offset = view.getUint32(at + 8)
    tables.set(tag, buf.subarray(offset, offset + view.getUint32(at + 12)))
  }
  return tables
}

const checksum = (bytes) => {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4)
  padded.set(bytes)
  const view = new DataView(padded.buffer)
  let sum = 0
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0
  return sum
}

/** A TrueType file of these tables, with its directory, checksums and head's adjustment. */
const writeFont = (tables) => {
  const tags = [...tables.keys()].sort()
  const n = tags.length
  const searchRange = 16 * 2 ** Math.floor(Math.log2(n))
  const header = [
    ...u32(0x00010000),
    ...u16(n),
    ...u16(searchRange),
    ...u16(Math.log2(searchRange / 16)),
    ...u16(n * 16 - searchRange),
  ]
  let offset = 12 + 16 * n
  const dir = []
  const bodies = []
  for (const tag of tags) {
    const data = tables.get(tag)
    dir.push(...[...tag].map((c) => c.charCodeAt(0)), ...u32(checksum(data)), ...u32(offset))
    dir.push(...u32(data.length))
    const padded = new Uint8Array(Math.ceil(data.length / 4) * 4)
    padded.set(data)
    bodies.push({ tag, offset, padded })
    offset += padded.length
  }
  const out = new Uint8Array(offset)
  out.set([...header, ...dir])
  for (const b of bodies) out.set(b.padded, b.offset)
  const head = bodies.find((b) => b.tag === 'head')
  new DataView(out.buffer).setUint32(head.offset + 8, (0xb1b0afba - checksum(out)) >>> 0)
  return out
}

/** One piece: the glyphs of these code points, findable by them (cmap), with the font's names. */
const slice = (font, original, codes) => {
  const subset = font.createSubset()
  const pairs = codes.map((c) => [c, subset.includeGlyph(font.glyphForCodePoint(c).id)])
  const tables = readTables(subset.encode())
  tables.set('cmap', cmapTable(pairs))
  tables.set('name', original.get('name'))
  tables.set('OS/2', original.get('OS/2'))
  tables.set('gasp', original.get('gasp'))
  // Version 3 of 'post': no glyph names, which the piece's new glyph order would not match.
  const post = Uint8Array.from(original.get('post').subarray(0, 32))
  post.set(u32(0x00030000), 0)
  tables.set('post', post)
  head0(tables.get('head'))
  return writeFont(tables)
}

/** The adjustment is computed over the whole file with this field at zero. */
const head0 = (head) => head.fill(0, 8, 12)

const inRanges = (ranges) => (c) => ranges.some(([a, b]) => c >= a && c <= b)
const hex = (c) => c.toString(16).toUpperCase()
const unicodeRange = (codes) => {
  const runs = []
  for (const c of codes) {
    const last = runs.at(-1)
    if (last && c === last[1] + 1) last[1] = c
    else runs.push([c, c])
  }
  return runs.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ')
}

/**
 * The pieces of `fontFile` for the code points in `ranges`, made once into `cacheDir` (a few
 * seconds) and reused while the font and this script stay the same. Returns each piece's file and
 * the unicode-range that names its characters.
 */
export const fontSlices = (fontFile, ranges, cacheDir) => {
  const bytes = readFileSync(fontFile)
  const key = createHash('sha256')
    .update(bytes)
    .update(`v${VERSION}/${PER_SLICE}/${JSON.stringify(ranges)}`)
    .digest('hex')
  const dir = join(cacheDir, key.slice(0, 16))
  const index = join(dir, 'index.json')
  if (existsSync(index)) return JSON.parse(readFileSync(index, 'utf8'))
  const font = fontkit.create(bytes)
  const original = readTables(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  const codes = [...font.characterSet].filter(inRanges(ranges)).sort((a, b) => a - b)
  // Made in a folder of this process's own, then moved into place whole: a build stopped halfway
  // leaves nothing that looks finished, and two builds at once never read each other's half files.
  const making = `${dir}.${process.pid}.tmp`
  rmSync(making, { recursive: true, force: true })
  mkdirSync(making, { recursive: true })
  const pieces = []
  for (let i = 0; i < codes.length; i += PER_SLICE) {
    const part = codes.slice(i, i + PER_SLICE)
    const name = `${basename(fontFile, extname(fontFile))}-piece-${String(pieces.length).padStart(3, '0')}.ttf`
    writeFileSync(join(making, name), slice(font, original, part))
    pieces.push({ file: join(dir, name), unicodeRange: unicodeRange(part) })
  }
  writeFileSync(join(making, 'index.json'), JSON.stringify(pieces))
  try {
    renameSync(making, dir)
  } catch (e) {
    // Another build finished the same pieces first: theirs are as good.
    rmSync(making, { recursive: true, force: true })
    if (!existsSync(index)) throw e
  }
  return pieces
}

const FACE = /@font-face\s*{[^}]*}/g
const parseRanges = (css) =>
  [...css.matchAll(/U\+([0-9A-F]+)(?:-([0-9A-F]+))?/gi)].map(([, a, b]) => [
    parseInt(a, 16),
    parseInt(b ?? a, 16),
  ])

/**
 * The Vite side: in the renderer's CSS, each @font-face of one of these fonts becomes one face per
 * piece, the same family and range, each piece a file of the build. The CSS in the repository
 * keeps the whole font, which tests that bundle it without Vite read as it is.
 */
export const fontSlicesPlugin = ({ fonts, cacheDir }) => ({
  name: 'font-slices',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('.css') || !fonts.some((f) => code.includes(f))) return null
    const from = dirname(id.split('?')[0])
    return code.replace(FACE, (face) => {
      const font = fonts.find((f) => face.includes(f))
      if (!font) return face
      const rangeRule = /unicode-range:([^;]*);/.exec(face)
      const pieces = fontSlices(require.resolve(font), parseRanges(rangeRule[1]), cacheDir)
      return pieces
        .map(({ file, unicodeRange: range }) =>
          face
            .replace(/src:[^;]*;/, `src: url('${relative(from, file)}') format('truetype');`)
            .replace(rangeRule[0], `unicode-range: ${range};`),
        )
        .join('\n')
    })
  },
})

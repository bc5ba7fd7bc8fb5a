import { deflateSync } from 'node:zlib'
import type { Font, Glyph } from 'fontkit'
import type { FontKey } from './fonts'
import { loadFont } from './fonts'

/**
 * The characters every Latin sheet is made of (ASCII, Latin-1, Latin Extended-A and the usual
 * typographic marks). Their glyphs open the Latin fonts' subset in every document, in one fixed
 * order, so the same characters get the same codes in every PDF: a line drawn once can be written
 * again as it is, and a sheet that uses no other glyph embeds a font file made once per process.
 */
const BASE_RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2010, 0x2026],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
]
/** Ligatures the Latin fonts form from those characters ("fi" in "field"), also in the base. */
const LIGATURES = ['fi', 'fl', 'ff', 'ffi', 'ffl', 'fj', 'ffj', 'ft', 'fb', 'fh', 'fk', 'tt']

/** The Latin fonts; other scripts' fonts start empty and embed only what the document uses. */
const WITH_BASE = new Set<FontKey>(['sans', 'sansBold'])

/** The fixed start of a font's subset: glyph ids in order, with their width and character. */
interface Base {
  ids: number[]
  /** The subset's glyph list, widths and characters once the base is in, copied into each document. */
  glyphs: number[]
  mapping: Record<number, number>
  widths: number[]
  unicode: number[][]
  /** Glyph id → its code in every document (its place in the subset). */
  codeOf: Map<number, number>
}

const bases = new Map<FontKey, Base>()

export const baseOf = (key: FontKey): Base => {
  let base = bases.get(key)
  if (base) return base
  const font = loadFont(key)
  // Code 0 is the missing glyph, as in every subset pdfkit makes.
  base = {
    ids: [],
    glyphs: [0],
    mapping: { 0: 0 },
    widths: [font.getGlyph(0).advanceWidth],
    unicode: [[0]],
    codeOf: new Map([[0, 0]]),
  }
  const add = (glyph: Glyph, codePoints: number[]) => {
    if (glyph.id === 0 || base!.codeOf.has(glyph.id)) return
    const code = base!.glyphs.length
    base!.codeOf.set(glyph.id, code)
    base!.mapping[glyph.id] = code
    base!.ids.push(glyph.id)
    base!.glyphs.push(glyph.id)
    base!.widths.push(glyph.advanceWidth)
    base!.unicode.push(codePoints)
  }
  if (WITH_BASE.has(key)) {
    for (const [from, to] of BASE_RANGES)
      for (let cp = from; cp <= to; cp++) add(font.glyphForCodePoint(cp), [cp])
    for (const text of LIGATURES)
      for (const glyph of (font.layout(text) as { glyphs: Glyph[] }).glyphs)
        add(glyph, glyph.codePoints)
  }
  bases.set(key, base)
  return base
}

/** The parts of pdfkit's embedded font that this module reads and fills (pdfkit 0.20). */
export interface PdfkitFont {
  id: string
  font: Font
  subset: {
    glyphs: number[]
    mapping: Record<number, number>
    includeGlyph(id: number): number
    encode(): Uint8Array
  }
  widths: number[]
  unicode: number[][]
  scale: number
  ascender: number
  descender: number
  dictionary: { data: Record<string, unknown>; end(): void }
  document: { ref(data?: Record<string, unknown>): PdfRef }
  ref(): PdfRef
  embed(): void
}
interface PdfRef {
  data: Record<string, unknown>
  end(chunk?: Uint8Array | string): void
}

/** A subset's font file and character map, made and compressed once per glyph set. */
interface Embedded {
  fontFile: Uint8Array
  length1: number
  toUnicode: Uint8Array
}
const EMBEDDED_PER_FONT = 24
const embeddedByFont = new Map<FontKey, Map<string, Embedded>>()

const hex4 = (n: number) => n.toString(16).padStart(4, '0')

/** pdfkit's ToUnicode map (256 codes to a range), so copied text reads as typed. */
const toUnicodeCmap = (unicode: number[][]) => {
  const entries = unicode.map((codePoints) => {
    const encoded: string[] = []
    for (let value of codePoints) {
      if (value > 0xffff) {
        value -= 0x10000
        encoded.push(hex4(((value >>> 10) & 0x3ff) | 0xd800))
        value = 0xdc00 | (value & 0x3ff)
      }
      encoded.push(hex4(value))
    }
    return `<${encoded.join(' ')}>`
  })
  const ranges: string[] = []
  for (let start = 0; start < entries.length; start += 256) {
    const end = Math.min(start + 256, entries.length)
    ranges.push(`<${hex4(start)}> <${hex4(end - 1)}> [${entries.slice(start, end).join(' ')}]`)
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo <<
  /Registry (Adobe)
  /Ordering (UCS)
  /Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${ranges.length} beginbfrange
${ranges.join('\n')}
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
`
}

const embeddedFor = (key: FontKey, f: PdfkitFont): Embedded => {
  // The glyphs past the fixed base, with the characters they stand for, name the subset.
  const baseLength = baseOf(key).ids.length + 1
  const extra = f.subset.glyphs
    .slice(baseLength)
    .map((id, i) => `${id}:${f.unicode[baseLength + i]?.join('.')}`)
    .join(',')
  let cache = embeddedByFont.get(key)
  if (!cache) embeddedByFont.set(key, (cache = new Map()))
  let embedded = cache.get(extra)
  if (!embedded) {
    const file = f.subset.encode()
    embedded = {
      fontFile: deflateSync(file),
      length1: file.length,
      toUnicode: deflateSync(toUnicodeCmap(f.unicode)),
    }
    if (cache.size >= EMBEDDED_PER_FONT) cache.clear()
    cache.set(extra, embedded)
  }
  return embedded
}

/** What pdfkit's embed() writes, with the font file and character map from the cache. */
const embedCached = (key: FontKey, f: PdfkitFont) => {
  const { fontFile, length1, toUnicode } = embeddedFor(key, f)
  const doc = f.document
  const file = doc.ref({ Filter: 'FlateDecode', Length1: length1 })
  file.end(fontFile)
  const font = f.font as Font & {
    'OS/2'?: { sFamilyClass?: number }
    post: { isFixedPitch: number }
    head: { macStyle: { italic: boolean } }
  }
  const familyClass = (font['OS/2']?.sFamilyClass ?? 0) >> 8
  let flags = 1 << 2
  if (font.post.isFixedPitch) flags |= 1 << 0
  if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1
  if (familyClass === 10) flags |= 1 << 3
  if (font.head.macStyle.italic) flags |= 1 << 6
  const tag = [1, 2, 3, 4, 5, 6]
    .map((i) => String.fromCharCode((f.id.charCodeAt(i) || 73) + 17))
    .join('')
  const name = `${tag}+${font.postscriptName.replaceAll(' ', '_')}`
  const { bbox } = font
  const descriptor = doc.ref({
    Type: 'FontDescriptor',
    FontName: name,
    Flags: flags,
    FontBBox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((v) => v * f.scale),
    ItalicAngle: font.italicAngle,
    Ascent: f.ascender,
    Descent: f.descender,
    CapHeight: (font.capHeight || font.ascent) * f.scale,
    XHeight: (font.xHeight || 0) * f.scale,
    StemV: 0,
    FontFile2: file,
  })
  descriptor.end()
  const descendant = doc.ref({
    Type: 'Font',
    Subtype: 'CIDFontType2',
    BaseFont: name,
    CIDSystemInfo: {
      Registry: new String('Adobe'),
      Ordering: new String('Identity'),
      Supplement: 0,
    },
    FontDescriptor: descriptor,
    W: [0, f.widths],
    CIDToGIDMap: 'Identity',
  })
  descendant.end()
  const cmap = doc.ref({ Filter: 'FlateDecode' })
  cmap.end(toUnicode)
  f.dictionary.data = {
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: name,
    Encoding: 'Identity-H',
    DescendantFonts: [descendant],
    ToUnicode: cmap,
  }
  f.dictionary.end()
}

/**
 * Prepares a font pdfkit just opened for a document: its subset starts with the fixed base, and
 * its embedding reuses the font file made for the same glyphs before (subsetting and compressing
 * the font was a third of a one-page sheet's time).
 */
export const prepareFont = (key: FontKey, f: PdfkitFont) => {
  const base = baseOf(key)
  // A fresh subset holds only the missing glyph; every bundled font has 1000 units to the em.
  if (f.subset.glyphs.length !== 1 || f.scale !== 1)
    throw new Error('Unexpected pdfkit font state.')
  f.subset.glyphs = base.glyphs.slice()
  f.subset.mapping = { ...base.mapping }
  f.widths = base.widths.slice()
  f.unicode = base.unicode.slice()
  f.embed = () => embedCached(key, f)
}

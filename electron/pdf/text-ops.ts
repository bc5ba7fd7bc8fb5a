import type { PdfkitFont } from './font-subsets'
import { baseOf } from './font-subsets'
import type { FontKey } from './fonts'
import type { ShapedText } from './shaped-text'

/** pdfkit's number format: at most six decimals, so the content streams match what it writes. */
const num = (n: number) => {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6
  throw new Error(`unsupported number: ${n}`)
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0')

/** The TJ operands of a run, given each glyph's code; the kerning gaps go between the segments. */
const showText = (codes: string[], shaped: ShapedText, from: number, to: number, out: string[]) => {
  let last = from
  const commands: string[] = []
  const segment = (end: number) => {
    if (last < end) {
      const advance = shaped.xAdvance[end - 1]! - shaped.advanceWidth[end - 1]!
      commands.push(`<${codes.slice(last, end).join('')}> ${num(-advance)}`)
    }
    last = end
  }
  for (let i = from; i < to; i++)
    if (shaped.xAdvance[i]! - shaped.advanceWidth[i]! !== 0) segment(i + 1)
  segment(to)
  if (commands.length > 0) out.push(`[${commands.join(' ')}] TJ`)
}

/**
 * The text operators of a run whose glyphs all sit in the font's fixed base and need no offset:
 * the same in every document, so made once per run and kept beside its shaping.
 */
const fixedOps = new WeakMap<ShapedText, string | null>()
const fixedTextOps = (key: FontKey, shaped: ShapedText): string | null => {
  let ops = fixedOps.get(shaped)
  if (ops !== undefined) return ops
  const { codeOf } = baseOf(key)
  const inBase = shaped.glyphIds.every((id) => codeOf.has(id))
  const offset = shaped.xOffset.some((v, i) => v !== 0 || shaped.yOffset[i] !== 0)
  ops = null
  if (inBase && !offset) {
    const out: string[] = []
    showText(
      shaped.glyphIds.map((id) => hex4(codeOf.get(id)!)),
      shaped,
      0,
      shaped.glyphIds.length,
      out,
    )
    ops = out.join('\n')
  }
  fixedOps.set(shaped, ops)
  return ops
}

/** Each glyph's code in this document's subset, adding new glyphs as pdfkit's encode() does. */
const codesIn = (f: PdfkitFont, shaped: ShapedText) =>
  shaped.glyphIds.map((id, i) => {
    const code = f.subset.includeGlyph(id)
    f.widths[code] ??= shaped.advanceWidth[i]! * f.scale
    f.unicode[code] ??= shaped.codePoints[i]!
    return hex4(code)
  })

/** Glyphs moved off their place (marks over letters): each gets its own text position, as pdfkit does. */
const offsetOps = (codes: string[], s: ShapedText, x: number, y: number, size: number) => {
  const out: string[] = []
  const scale = size / 1000
  let start = 0
  let moved = false
  for (let i = 0; i < codes.length; i++) {
    if (s.xOffset[i] || s.yOffset[i]) {
      showText(codes, s, start, i, out)
      out.push(`1 0 0 1 ${num(x + s.xOffset[i]! * scale)} ${num(y + s.yOffset[i]! * scale)} Tm`)
      showText(codes, s, i, i + 1, out)
      start = i + 1
      moved = true
    } else if (moved) {
      out.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`)
      moved = false
    }
    x += s.xAdvance[i]! * scale
  }
  return { out, start }
}

/**
 * Writes one shaped run at (x, y) from the page's top-left, top of the text at y: the operators
 * pdfkit's text() writes, in one piece. pdfkit's text() re-measures, re-encodes and writes each
 * operator separately, which was most of the time a sheet took to draw.
 */
export const writeRun = (
  doc: PDFKit.PDFDocument,
  key: FontKey,
  f: PdfkitFont,
  shaped: ShapedText,
  x: number,
  y: number,
  size: number,
) => {
  if (shaped.glyphIds.length === 0) return
  const page = (doc as unknown as { page: { height: number; fonts: Record<string, unknown> } }).page
  page.fonts[f.id] ??= f.ref()
  const top = page.height - y - (f.ascender / 1000) * size
  const head = `q\n1 0 0 -1 0 ${num(page.height)} cm\nBT\n1 0 0 1 ${num(x)} ${num(top)} Tm\n/${f.id} ${num(size)} Tf`
  const fixed = fixedTextOps(key, shaped)
  if (fixed !== null) {
    doc.addContent(fixed ? `${head}\n${fixed}\nET\nQ` : `${head}\nET\nQ`)
    return
  }
  const codes = codesIn(f, shaped)
  const { out, start } = offsetOps(codes, shaped, x, top, size)
  showText(codes, shaped, start, codes.length, out)
  doc.addContent([head, ...out, 'ET', 'Q'].join('\n'))
}

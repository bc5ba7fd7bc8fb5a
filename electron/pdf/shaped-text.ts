import type { FontKey } from './fonts'
import { loadFont } from './fonts'

/** One run of text shaped by its font, in thousandths of the font size, kept across documents. */
export interface ShapedText {
  glyphIds: number[]
  codePoints: number[][]
  /** Per glyph: how far the pen moves, and the glyph's own width (they differ where kerning applies). */
  xAdvance: number[]
  advanceWidth: number[]
  xOffset: number[]
  yOffset: number[]
  /** The whole run's advance: its width at size 1000. */
  width: number
}

type FontkitRun = {
  glyphs: { id: number; codePoints: number[]; advanceWidth: number }[]
  positions: { xAdvance: number; xOffset: number; yOffset: number }[]
}

const CACHE_SIZE = 20_000
const shapedByFont = new Map<string, Map<string, ShapedText>>()

const append = (out: ShapedText, run: FontkitRun) => {
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i]!
    out.glyphIds.push(glyph.id)
    out.codePoints.push(glyph.codePoints)
    out.xAdvance.push(pos.xAdvance)
    out.advanceWidth.push(glyph.advanceWidth)
    out.xOffset.push(pos.xOffset)
    out.yOffset.push(pos.yOffset)
    out.width += pos.xAdvance
  })
}

/**
 * Shapes `text` as pdfkit would (every bundled font has 1000 units to the em, so no scaling):
 * word by word for left-to-right text, so a wrapped line measures what its words measured, and
 * `whole` for a right-to-left run, which must be shaped in one piece to keep its words in order.
 * Each result is kept per font: the same words on the next sheet, or the next export, cost nothing.
 */
export const shape = (key: FontKey, text: string, whole = false): ShapedText => {
  const cacheKey = whole ? `\u0001${text}` : text
  let cache = shapedByFont.get(key)
  if (!cache) shapedByFont.set(key, (cache = new Map()))
  let shaped = cache.get(cacheKey)
  if (shaped) return shaped
  const font = loadFont(key)
  shaped = {
    glyphIds: [],
    codePoints: [],
    xAdvance: [],
    advanceWidth: [],
    xOffset: [],
    yOffset: [],
    width: 0,
  }
  const layout = (part: string, features?: string[]) =>
    append(shaped, font.layout(part, features) as unknown as FontkitRun)
  if (whole) layout(text, [])
  else {
    // pdfkit's word splitting: each word keeps the space or tab after it.
    let last = 0
    for (let i = 0; i <= text.length; i++) {
      const ch = text.charAt(i)
      if ((i === text.length && last < i) || ch === ' ' || ch === '\t') {
        layout(text.slice(last, i + 1))
        last = i + 1
      }
    }
  }
  if (cache.size >= CACHE_SIZE) cache.clear()
  cache.set(cacheKey, shaped)
  return shaped
}

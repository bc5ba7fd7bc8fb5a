import type { FontKey } from './fonts'
import { loadFont } from './fonts'
import { shapeByPairs } from './pair-shaping'

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
/** Lines, words and right-to-left runs are kept apart per font, looked up by their own text. */
type Kind = 'line' | 'word' | 'whole'
const shapedByFont = new Map<FontKey, Record<Kind, Map<string, ShapedText>>>()

const cacheOf = (key: FontKey, kind: Kind) => {
  let byKind = shapedByFont.get(key)
  if (!byKind)
    shapedByFont.set(key, (byKind = { line: new Map(), word: new Map(), whole: new Map() }))
  return byKind[kind]
}

const remember = (cache: Map<string, ShapedText>, text: string, shaped: ShapedText) => {
  if (cache.size >= CACHE_SIZE) cache.clear()
  cache.set(text, shaped)
  return shaped
}

const empty = (): ShapedText => ({
  glyphIds: [],
  codePoints: [],
  xAdvance: [],
  advanceWidth: [],
  xOffset: [],
  yOffset: [],
  width: 0,
})

const fromRun = (run: FontkitRun): ShapedText => {
  const out = empty()
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
  return out
}

const append = (out: ShapedText, part: ShapedText) => {
  out.glyphIds.push(...part.glyphIds)
  out.codePoints.push(...part.codePoints)
  out.xAdvance.push(...part.xAdvance)
  out.advanceWidth.push(...part.advanceWidth)
  out.xOffset.push(...part.xOffset)
  out.yOffset.push(...part.yOffset)
  out.width += part.width
}

/**
 * One word (with the space after it) or one right-to-left run, shaped by fontkit; a plain Latin
 * word from its kerned pairs, which gives the same glyphs and advances (pair-shaping.ts).
 */
const shapePart = (key: FontKey, part: string, whole: boolean) => {
  const cache = cacheOf(key, whole ? 'whole' : 'word')
  return (
    cache.get(part) ??
    remember(
      cache,
      part,
      (!whole && shapeByPairs(key, part)) ||
        fromRun(loadFont(key).layout(part, whole ? [] : undefined) as unknown as FontkitRun),
    )
  )
}

/** pdfkit's word splitting: each word keeps the space or tab after it. */
const eachWord = (text: string, use: (word: string) => void) => {
  let last = 0
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charAt(i)
    if ((i === text.length && last < i) || ch === ' ' || ch === '\t') {
      use(text.slice(last, i + 1))
      last = i + 1
    }
  }
}

/**
 * The width of `text` at size 1000, from its words' shaping, without keeping the line itself:
 * measuring cuts a long text one character at a time, and each cut is a new line.
 */
export const widthOf = (key: FontKey, text: string) => {
  let width = 0
  eachWord(text, (word) => (width += shapePart(key, word, false).width))
  return width
}

/**
 * Shapes `text` as pdfkit would (every bundled font has 1000 units to the em, so no scaling):
 * word by word for left-to-right text, so a wrapped line measures what its words measured, and
 * `whole` for a right-to-left run, which must be shaped in one piece to keep its words in order.
 * Each result is kept per font: the same words on the next sheet, or the next export, cost nothing.
 */
export const shape = (key: FontKey, text: string, whole = false): ShapedText => {
  if (whole) return shapePart(key, text, true)
  const cache = cacheOf(key, 'line')
  const known = cache.get(text)
  if (known) return known
  const shaped = empty()
  // Words are kept on their own too, so a new line made of known words costs no shaping.
  eachWord(text, (word) => append(shaped, shapePart(key, word, false)))
  return remember(cache, text, shaped)
}

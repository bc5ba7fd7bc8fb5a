import type { FontKey } from './fonts'
import { loadFont } from './fonts'
import type { ShapedText } from './shaped-text'

/**
 * A quick way to shape a new Latin word without fontkit's full OpenType layout, which costs about
 * 0.15 ms a word (most of a warm sheet's time went into its new numbers, dates and names).
 *
 * In the bundled Latin fonts, a word made only of the characters below is shaped by looking each
 * character up and kerning each pair of neighbours: no ligature, no contextual form, no mark. So
 * the word's glyphs and advances follow from its pairs, each laid out once by fontkit itself and
 * kept. Any pair that fontkit does not lay out as two plain glyphs (a ligature such as "fi", a
 * moved or resized second glyph) sends the whole word back to fontkit. The unit test
 * `pair-shaping.test.ts` checks the result against fontkit's layout for many thousand words.
 */
const PAIR_FONTS = new Set<FontKey>(['sans', 'sansBold'])

// ASCII, Latin-1 and Latin Extended-A, without the soft hyphen (an invisible default-ignorable)
// and ª µ º (µ is Greek to the script detection); the usual dashes, quotes and marks.
const SIMPLE_WORD =
  /^[\u0020-\u007e\u00a0-\u00a9\u00ab\u00ac\u00ae-\u00b4\u00b6-\u00b9\u00bb-\u017f\u2010-\u2026\u2030-\u203a\u20ac\u2122]+$/
// The word's script as fontkit detects it: Latin with any letter, otherwise unknown (digits, marks).
const LATIN_LETTER = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f]/

/** Two neighbours as fontkit lays them out: their glyphs, widths and the kerning after the first. */
interface Pair {
  first: number
  second: number
  firstWidth: number
  secondWidth: number
  kern: number
}

type FontkitRun = {
  glyphs: { id: number; codePoints: number[]; advanceWidth: number }[]
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[]
}

const pairsByFont = new Map<string, Map<string, Pair | null>>()

// fontkit's layout() takes the script as its third argument; its typings name only two.
type LayoutWithScript = { layout(text: string, features?: string[], script?: string): FontkitRun }

const layPair = (key: FontKey, script: string, pair: string): Pair | null => {
  const run = (loadFont(key) as unknown as LayoutWithScript).layout(pair, undefined, script)
  if (run.glyphs.length !== 2) return null
  const [a, b] = run.glyphs as [FontkitRun['glyphs'][0], FontkitRun['glyphs'][0]]
  const [pa, pb] = run.positions as [FontkitRun['positions'][0], FontkitRun['positions'][0]]
  const plain =
    a.codePoints.length === 1 &&
    a.codePoints[0] === pair.charCodeAt(0) &&
    b.codePoints.length === 1 &&
    b.codePoints[0] === pair.charCodeAt(1) &&
    pb.xAdvance === b.advanceWidth &&
    pa.xOffset === 0 &&
    pa.yOffset === 0 &&
    pb.xOffset === 0 &&
    pb.yOffset === 0 &&
    pa.yAdvance === 0 &&
    pb.yAdvance === 0
  if (!plain) return null
  return {
    first: a.id,
    second: b.id,
    firstWidth: a.advanceWidth,
    secondWidth: b.advanceWidth,
    kern: pa.xAdvance - a.advanceWidth,
  }
}

const pairOf = (key: FontKey, script: string, pair: string): Pair | null => {
  const cacheKey = `${key}|${script}`
  let pairs = pairsByFont.get(cacheKey)
  if (!pairs) pairsByFont.set(cacheKey, (pairs = new Map()))
  let known = pairs.get(pair)
  if (known === undefined) {
    known = layPair(key, script, pair)
    pairs.set(pair, known)
  }
  return known
}

/** The word shaped from its pairs, or null when it needs fontkit's full layout. */
export const shapeByPairs = (key: FontKey, word: string): ShapedText | null => {
  if (word.length < 2 || !PAIR_FONTS.has(key) || !SIMPLE_WORD.test(word)) return null
  const script = LATIN_LETTER.test(word) ? 'latn' : 'Zzzz'
  const n = word.length
  const out: ShapedText = {
    glyphIds: new Array<number>(n),
    codePoints: new Array<number[]>(n),
    xAdvance: new Array<number>(n),
    advanceWidth: new Array<number>(n),
    xOffset: new Array<number>(n).fill(0),
    yOffset: new Array<number>(n).fill(0),
    width: 0,
  }
  let previous: Pair | null = null
  for (let i = 0; i < n - 1; i++) {
    const pair = pairOf(key, script, word.slice(i, i + 2))
    // Each glyph must be the same whichever neighbour it was laid out with.
    if (!pair || (previous && previous.second !== pair.first)) return null
    out.glyphIds[i] = pair.first
    out.codePoints[i] = [word.charCodeAt(i)]
    out.advanceWidth[i] = pair.firstWidth
    out.xAdvance[i] = pair.firstWidth + pair.kern
    out.width += out.xAdvance[i]!
    previous = pair
  }
  out.glyphIds[n - 1] = previous!.second
  out.codePoints[n - 1] = [word.charCodeAt(n - 1)]
  out.advanceWidth[n - 1] = previous!.secondWidth
  out.xAdvance[n - 1] = previous!.secondWidth
  out.width += previous!.secondWidth
  return out
}

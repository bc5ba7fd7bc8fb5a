import bidiFactory from 'bidi-js'
import type { FontKey } from './fonts'
import { fontForChar } from './fonts'

export interface Run {
  text: string
  font: FontKey
}

export interface Found {
  missing: Set<string>
  emoji: Set<string>
}

const bidi = bidiFactory()
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u
const EMOJI =
  /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\u{FE0F}|\p{Emoji_Modifier}|\u{200D}(?:\p{Extended_Pictographic}))*/gu
export const REPLACEMENT = '\uFFFD'

/** Emoji have no font here: each becomes a visible replacement mark, and the caller is told. */
export const replaceEmoji = (text: string, found?: Found) =>
  text
    .replace(EMOJI, (m) => {
      found?.emoji.add(m)
      return REPLACEMENT
    })
    .replace(/[\u{FE0F}\u{200D}]/gu, '')

/** Splits one line into runs of one font each, in logical order; unprintable characters become a mark. */
const logicalRuns = (
  text: string,
  weight: 'regular' | 'bold',
  found?: Found,
): { ch: string; font: FontKey }[] =>
  [...text].map((ch) => {
    const font = fontForChar(ch, weight)
    if (font) return { ch, font }
    found?.missing.add(ch)
    return { ch: REPLACEMENT, font: weight === 'bold' ? 'sansBold' : 'sans' }
  })

const merge = (chars: { ch: string; font: FontKey }[]): Run[] => {
  const runs: Run[] = []
  for (const { ch, font } of chars) {
    const last = runs.at(-1)
    // A space joins the run it sits in, so a Hebrew name stays one shaped run (every font has a space).
    if (last && (last.font === font || ch === ' ')) last.text += ch
    else runs.push({ text: ch, font })
  }
  return runs
}

/**
 * A line ready to draw left to right. Right-to-left stretches (Hebrew, Arabic) are placed in visual
 * order by the Unicode bidi algorithm but handed over in logical order: the font engine shapes and
 * reverses them itself, which keeps Arabic letters joined correctly.
 */
export const visualRuns = (line: string, weight: 'regular' | 'bold', found?: Found): Run[] => {
  // A long text being cut to fit is measured once per character removed: those are not kept.
  if (line.length > RUNS_CACHE_LINE) return orderRuns(line, weight, found ?? none())
  const key = weight === 'bold' ? `b${line}` : `r${line}`
  let known = runsByLine.get(key)
  if (!known) {
    const own: Found = { missing: new Set(), emoji: new Set() }
    known = { runs: orderRuns(line, weight, own), missing: [...own.missing], emoji: [...own.emoji] }
    if (runsByLine.size >= RUNS_CACHE_SIZE) runsByLine.clear()
    runsByLine.set(key, known)
  }
  // What the line could not print is told to this caller too, even when the runs were known.
  for (const ch of known.missing) found?.missing.add(ch)
  for (const e of known.emoji) found?.emoji.add(e)
  return known.runs
}

/**
 * Lines met again (labels, names, the same activity on every sheet of a packet) are split into
 * runs once per process; callers only read the runs.
 */
const RUNS_CACHE_SIZE = 20_000
const RUNS_CACHE_LINE = 200
const none = (): Found => ({ missing: new Set(), emoji: new Set() })
const runsByLine = new Map<string, { runs: Run[]; missing: string[]; emoji: string[] }>()

const orderRuns = (line: string, weight: 'regular' | 'bold', found: Found): Run[] => {
  const clean = replaceEmoji(line, found)
  const chars = logicalRuns(clean, weight, found)
  if (!RTL.test(clean)) return merge(chars)
  // The sheets read left to right; right-to-left stretches are ordered inside that.
  const { levels } = bidi.getEmbeddingLevels(clean, 'ltr')
  const units = [...clean]
  // bidi-js reports a level per UTF-16 unit; map them to characters.
  const charLevels: number[] = []
  let unit = 0
  for (const u of units) {
    charLevels.push(levels[unit]!)
    unit += u.length
  }
  const byLevel: { level: number; chars: typeof chars }[] = []
  chars.forEach((c, i) => {
    const level = charLevels[i]!
    const last = byLevel.at(-1)
    if (last && last.level === level) last.chars.push(c)
    else byLevel.push({ level, chars: [c] })
  })
  const segments = byLevel.map(({ level, chars: cs }) => {
    const runs = merge(cs)
    return { level, runs: level % 2 === 1 ? runs.reverse() : runs }
  })
  const max = Math.max(...segments.map((s) => s.level))
  const lowestOdd = Math.min(...segments.map((s) => s.level).filter((l) => l % 2 === 1), max + 1)
  for (let level = max; level >= lowestOdd; level--) {
    for (let i = 0; i < segments.length;) {
      if (segments[i]!.level < level) {
        i++
        continue
      }
      let j = i
      while (j < segments.length && segments[j]!.level >= level) j++
      segments.splice(i, j - i, ...segments.slice(i, j).reverse())
      i = j
    }
  }
  return segments.flatMap((s) => s.runs)
}

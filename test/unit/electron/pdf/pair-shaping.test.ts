import { describe, expect, it } from 'vitest'
import { loadFont } from '../../../../electron/pdf/fonts'
import { shapeByPairs } from '../../../../electron/pdf/pair-shaping'
import { variedSheet } from '../../../../bench/varied-sheets'
import { prng } from '../../../support/prng'

type FontkitRun = {
  glyphs: { id: number; codePoints: number[]; advanceWidth: number }[]
  positions: { xAdvance: number; xOffset: number; yOffset: number }[]
}

/** What fontkit's full OpenType layout gives for the word, in the shape shaped-text.ts keeps. */
const byFontkit = (key: 'sans' | 'sansBold', word: string) => {
  const run = loadFont(key).layout(word) as unknown as FontkitRun
  return {
    glyphIds: run.glyphs.map((g) => g.id),
    codePoints: run.glyphs.map((g) => g.codePoints),
    xAdvance: run.positions.map((p) => p.xAdvance),
    advanceWidth: run.glyphs.map((g) => g.advanceWidth),
    xOffset: run.positions.map((p) => p.xOffset),
    yOffset: run.positions.map((p) => p.yOffset),
    width: run.positions.reduce((sum, p) => sum + p.xAdvance, 0),
  }
}

/** pdfkit's words: each keeps the space after it. */
const wordsOf = (text: string) => text.split(/(?<= )/)

// Letters, digits and marks a Latin sheet is made of, with pairs that kern (AV, To, y.) and pairs
// that form ligatures (fi, ff, tt) so both the quick path and its way back to fontkit are met.
const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...' .,:;!?()[]{}-–—‘’“”"\'/&%€@#+*=<>…·•«»',
  ...'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿ',
  ...'ĀāĂăĄąĆćČčĎďĐđĒēĘęĚěĞğĪīıŁłŃńŇňŌōŐőŒœŘřŚśŞşŠšŢţŤťŪūŮůŰűŸŹźŻżŽž',
  ...'\u00a0\u00ad\u00aa\u00b5\u00ba', // characters the quick path must leave to fontkit
]

const randomWords = (seed: number, count: number) => {
  const random = prng(seed)
  return Array.from({ length: count }, () => {
    const length = 2 + Math.floor(random() * 9)
    return Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('')
  })
}

describe('shaping a plain Latin word from its kerned pairs', { timeout: 60_000 }, () => {
  it('gives exactly fontkit’s glyphs, characters and advances for every word it takes on', () => {
    const sheetWords = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify(variedSheet(i)).split('"').flatMap(wordsOf),
    ).flat()
    const kerning = ['AVATAR ', 'Tomás ', 'y.', 'LTA', 'P.O.', "don't", 'Yves,', 'Wolf–Fjord']
    const ligatures = ['office ', 'field', 'staff', 'pretty', 'fjord', 'Offer']
    const words = [...new Set([...kerning, ...ligatures, ...sheetWords])]
    for (const key of ['sans', 'sansBold'] as const) {
      let quick = 0
      for (const word of [...words, ...randomWords(key === 'sans' ? 1 : 2, 2500)]) {
        const shaped = shapeByPairs(key, word)
        if (!shaped) continue
        quick++
        expect(shaped, `${key}: ${JSON.stringify(word)}`).toEqual(byFontkit(key, word))
      }
      // Most words take the quick path, or the test would check little.
      expect(quick).toBeGreaterThan(words.length / 2)
    }
  })

  it('leaves ligatures, single characters and other scripts to fontkit', () => {
    expect(shapeByPairs('sans', 'office')).toBeNull()
    expect(shapeByPairs('sans', 'a')).toBeNull()
    expect(shapeByPairs('sans', 'co\u00adop')).toBeNull()
    expect(shapeByPairs('hebrew', 'ab')).toBeNull()
    expect(shapeByPairs('sans', 'Анна')).toBeNull()
    // Kerning is kept: "AV" is narrower than "A" and "V" side by side.
    const av = shapeByPairs('sans', 'AV')!
    expect(av.width).toBeLessThan(av.advanceWidth[0]! + av.advanceWidth[1]!)
  })
})

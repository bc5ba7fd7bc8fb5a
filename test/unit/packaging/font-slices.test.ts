import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as fontkit from 'fontkit'
import { afterAll, describe, expect, it } from 'vitest'
import { fontSlices } from '../../../scripts/font-slices.mjs'

const JP = 'node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'

/** What this test reads of a font besides the PDF code's parts (electron/types). */
type Font = fontkit.Font & {
  characterSet: number[]
  directory: { tables: Record<string, unknown> }
}
type Drawn = fontkit.Glyph & { path: { toSVG(): string } }
const open = (file: string) => fontkit.create(readFileSync(file)) as Font

describe('the Japanese fallback font cut into pieces for the renderer', () => {
  const cache = mkdtempSync(join(tmpdir(), 'font-slices-'))
  afterAll(() => rmSync(cache, { recursive: true, force: true }))

  it('gives every character of the range its own glyph, as the whole font draws it', () => {
    // Hiragana and katakana: some 190 characters, the first piece and part of the second.
    const pieces = fontSlices(JP, [[0x3040, 0x30ff]], cache)
    const whole = open(JP)
    const seen: number[] = []
    for (const { file, unicodeRange } of pieces) {
      const piece = open(file)
      // Every table a browser requires of a font, or it refuses the file.
      for (const tag of ['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post'])
        expect(piece.directory.tables).toHaveProperty([tag])
      // U+FFFF ends every cmap's last segment, as the format asks; it draws nothing.
      for (const code of piece.characterSet.filter((c) => c !== 0xffff)) {
        seen.push(code)
        const mine = piece.glyphForCodePoint(code) as Drawn
        const theirs = whole.glyphForCodePoint(code) as Drawn
        expect(mine.id, `U+${code.toString(16)}`).not.toBe(0)
        expect([mine.advanceWidth, mine.path.toSVG()]).toEqual([
          theirs.advanceWidth,
          theirs.path.toSVG(),
        ])
      }
      expect(unicodeRange).toMatch(/^U\+[0-9A-F]+(-[0-9A-F]+)?(, U\+[0-9A-F]+(-[0-9A-F]+)?)*$/)
    }
    const expected = whole.characterSet.filter((c) => c >= 0x3040 && c <= 0x30ff)
    expect(seen.sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b))
    // Made once: the second build reads the same pieces from the cache.
    expect(fontSlices(JP, [[0x3040, 0x30ff]], cache)).toEqual(pieces)
  })
})

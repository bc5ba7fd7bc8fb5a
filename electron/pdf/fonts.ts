import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Font } from 'fontkit'
import { create } from 'fontkit'

/**
 * Fonts shipped with the app (never the PDF standard fonts, which cannot print "Ł" or "Ж").
 * Each file is parsed once per process and reused by every document: parsing the 629 KB Noto Sans
 * again for each sheet would cost about 60 ms, more than the whole sheet.
 */
const require = createRequire(import.meta.url)
const SANS = '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'
const SANS_BOLD = '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'
const FILES = {
  sans: SANS,
  sansBold: SANS_BOLD,
  // The same file again for Greek and Cyrillic: Noto Sans draws "A" and "Α" with one glyph, and a
  // PDF maps each glyph of a font to one character, so a shared font would make copied text wrong.
  greekCyrillic: SANS,
  greekCyrillicBold: SANS_BOLD,
  hebrew: '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
  hebrewBold: '@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf',
  arabic: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  arabicBold: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  // Japanese is large (5.4 MB a weight): parsed when first drawn, never by the warm-up.
  japanese: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  japaneseBold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
} as const
export type FontKey = keyof typeof FILES

const cache = new Map<FontKey, Font>()

type Glyph = { _decode(): unknown; _memo?: true }
type GlyphSource = { getGlyph(id: number, codePoints?: number[]): Glyph }

/** Each document's font subset decodes the glyphs it uses again; decoded outlines are kept once per glyph. */
const memoizeGlyphs = (font: Font): Font => {
  const source = font as unknown as GlyphSource
  const getGlyph = source.getGlyph.bind(source)
  source.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints)
    if (!glyph._memo) {
      const decode = glyph._decode.bind(glyph)
      let decoded: unknown
      glyph._decode = () => (decoded ??= decode())
      glyph._memo = true
    }
    return glyph
  }
  return font
}

/** A second copy of a font gets a name of its own, or pdfkit would merge it back into the first. */
const renamed = (font: Font, suffix: string): Font => {
  Object.defineProperty(font, 'postscriptName', { value: `${font.postscriptName}-${suffix}` })
  return font
}

export const loadFont = (key: FontKey): Font => {
  let font = cache.get(key)
  if (!font) {
    const parsed = create(readFileSync(require.resolve(FILES[key])))
    // Shaping is cached per run in shaped-text.ts, across documents.
    font = memoizeGlyphs(key.startsWith('greekCyrillic') ? renamed(parsed, 'GrCy') : parsed)
    cache.set(key, font)
  }
  return font
}

/** The order fonts are tried in for a character, by weight. */
const CHAIN: Record<'regular' | 'bold', FontKey[]> = {
  regular: ['sans', 'hebrew', 'arabic', 'japanese'],
  bold: ['sansBold', 'hebrewBold', 'arabicBold', 'japaneseBold'],
}

// Scripts that only a later font covers, so the cheap checks run first and the 5 MB file loads only when needed.
const NEEDS: [RegExp, FontKey, FontKey][] = [
  [/[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f]/u, 'greekCyrillic', 'greekCyrillicBold'],
  [/[\u0590-\u05ff\ufb1d-\ufb4f]/u, 'hebrew', 'hebrewBold'],
  [/[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u, 'arabic', 'arabicBold'],
  [
    /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u,
    'japanese',
    'japaneseBold',
  ],
]

const chosen = new Map<string, FontKey | null>()

/** The first bundled font that can draw the character, remembered per character and weight. */
export const fontForChar = (ch: string, weight: 'regular' | 'bold'): FontKey | null => {
  const key = weight + ch
  let font = chosen.get(key)
  if (font === undefined) {
    font = pickFont(ch, weight)
    chosen.set(key, font)
  }
  return font
}

const pickFont = (ch: string, weight: 'regular' | 'bold'): FontKey | null => {
  const cp = ch.codePointAt(0)!
  for (const [pattern, regular, bold] of NEEDS) {
    if (pattern.test(ch))
      return loadFont(weight === 'bold' ? bold : regular).hasGlyphForCodePoint(cp)
        ? weight === 'bold'
          ? bold
          : regular
        : null
  }
  for (const key of CHAIN[weight]) if (loadFont(key).hasGlyphForCodePoint(cp)) return key
  return null
}

export const PLACEHOLDER = '?'

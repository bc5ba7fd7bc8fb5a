declare module 'fontkit' {
  /** The parts of a fontkit font the PDF code reads (fontkit 2). */
  export interface Glyph {
    id: number
    codePoints: number[]
    advanceWidth: number
  }
  export interface Font {
    postscriptName: string
    unitsPerEm: number
    ascent: number
    capHeight: number
    xHeight: number
    italicAngle: number
    bbox: { minX: number; minY: number; maxX: number; maxY: number }
    hasGlyphForCodePoint(codePoint: number): boolean
    glyphForCodePoint(codePoint: number): Glyph
    getGlyph(id: number): Glyph
    layout(text: string, features?: unknown): unknown
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font
}

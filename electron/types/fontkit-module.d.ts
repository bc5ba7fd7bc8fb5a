declare module 'fontkit' {
  export interface Font {
    postscriptName: string
    hasGlyphForCodePoint(codePoint: number): boolean
    layout(text: string, features?: unknown): unknown
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font
}

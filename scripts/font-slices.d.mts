import type { Plugin } from 'vite'

export interface FontPiece {
  file: string
  unicodeRange: string
}
export declare const fontSlices: (
  fontFile: string,
  ranges: [number, number][],
  cacheDir: string,
) => FontPiece[]
export declare const fontSlicesPlugin: (options: { fonts: string[]; cacheDir: string }) => Plugin

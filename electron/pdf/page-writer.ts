import PDFDocument from 'pdfkit'
import type { PageSize } from '../../shared/pdf/sheet-models'
import type { FontKey } from './fonts'
import { loadFont } from './fonts'
import type { Found, Run } from './text-runs'
import { replaceEmoji, visualRuns } from './text-runs'

const wordWidths = new Map<string, number>()
const RTL_FONTS = new Set<FontKey>(['hebrew', 'hebrewBold', 'arabic', 'arabicBold'])

/** Page sizes in points, and margins every office printer keeps (18 mm at the sides). */
const SIZES: Record<PageSize, [number, number]> = { A4: [595.28, 841.89], LETTER: [612, 792] }
const MARGIN = { top: 72, bottom: 54, side: 51 }

export interface TextStyle {
  size?: number
  weight?: 'regular' | 'bold'
  color?: string
  indent?: number
  width?: number
}

/**
 * A cursor over a pdfkit document that wraps, measures and flows text itself, so no line is ever
 * drawn past the bottom margin and every line gets the right font for its script.
 */
export class PageWriter {
  readonly doc: PDFKit.PDFDocument
  y = 0
  private readonly registered = new Set<FontKey>()
  private pageHooks: (() => void)[] = []

  constructor(
    readonly pageSize: PageSize,
    readonly found: Found,
    title: string,
  ) {
    // font: null keeps pdfkit from loading Helvetica, so only embedded fonts end up in the file.
    this.doc = new PDFDocument({
      size: SIZES[pageSize],
      margin: 0,
      autoFirstPage: false,
      bufferPages: true,
      font: null as unknown as string,
      info: { Title: title, Creator: 'Smartketing Workshop', Producer: 'Smartketing Workshop' },
      compress: true,
    })
  }

  get left() {
    return MARGIN.side
  }
  get width() {
    return SIZES[this.pageSize][0] - 2 * MARGIN.side
  }
  get bottom() {
    return SIZES[this.pageSize][1] - MARGIN.bottom
  }
  get pageHeight() {
    return SIZES[this.pageSize][1]
  }
  get pageIndex() {
    return this.doc.bufferedPageRange().start + this.doc.bufferedPageRange().count - 1
  }

  /** Runs after every new page, e.g. the running header, or a table header to repeat. */
  withPageHook<T>(hook: () => void, body: () => T): T {
    this.pageHooks.push(hook)
    try {
      return body()
    } finally {
      this.pageHooks.pop()
    }
  }

  private header: () => void = () => undefined

  /** The running header, drawn at the top of every page from now on. */
  setHeader(header: () => void) {
    this.header = header
  }

  newPage() {
    this.doc.addPage()
    this.y = MARGIN.top
    this.header()
    for (const hook of this.pageHooks) hook()
  }

  /** Starts a new page when `height` does not fit below the cursor; says whether it did. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom) return false
    this.newPage()
    return true
  }

  get top() {
    return MARGIN.top
  }

  use(font: FontKey, size: number) {
    if (!this.registered.has(font)) {
      this.doc.registerFont(font, loadFont(font) as unknown as string)
      this.registered.add(font)
    }
    this.doc.font(font).fontSize(size)
  }

  lineHeight(size: number) {
    return size * 1.38
  }

  runsWidth(runs: Run[], size: number) {
    let width = 0
    for (const run of runs) {
      this.use(run.font, size)
      width += this.doc.widthOfString(run.text)
    }
    return width
  }

  textWidth(text: string, size: number, weight: 'regular' | 'bold' = 'regular') {
    return this.runsWidth(visualRuns(text, weight), size)
  }

  /** Word widths are shaped once and remembered: wrapping measures the same words over and over. */
  private wordWidth(word: string, size: number, weight: 'regular' | 'bold') {
    const key = `${weight}|${word}`
    let unit = wordWidths.get(key)
    if (unit === undefined) {
      unit = this.textWidth(word, 1000, weight) / 1000
      wordWidths.set(key, unit)
    }
    return unit * size
  }

  /** Greedy word wrap by measured width; a word longer than the line is broken between characters. */
  wrap(
    text: string,
    width: number,
    size: number,
    weight: 'regular' | 'bold' = 'regular',
  ): string[] {
    const lines: string[] = []
    for (const paragraph of replaceEmoji(text, this.found).split(/\r?\n/)) {
      let line = ''
      let lineWidth = 0
      for (const word of paragraph.split(/(?<=\s)/)) {
        const wordWidth = this.wordWidth(word.trimEnd(), size, weight)
        const spaceWidth =
          word.length > word.trimEnd().length ? this.wordWidth(' ', size, weight) : 0
        if (lineWidth + wordWidth <= width) {
          line += word
          lineWidth += wordWidth + spaceWidth
          continue
        }
        if (line) lines.push(line.trimEnd())
        ;[line, lineWidth] = ['', 0]
        if (wordWidth <= width) {
          ;[line, lineWidth] = [word, wordWidth + spaceWidth]
          continue
        }
        for (const ch of word) {
          const chWidth = this.wordWidth(ch, size, weight)
          if (lineWidth + chWidth > width && line) {
            lines.push(line)
            ;[line, lineWidth] = ['', 0]
          }
          line += ch
          lineWidth += chWidth
        }
      }
      lines.push(line.trimEnd())
    }
    return lines
  }

  drawLine(
    text: string,
    x: number,
    y: number,
    style: TextStyle & { align?: 'left' | 'right' } = {},
  ) {
    const size = style.size ?? 10
    const runs = visualRuns(text, style.weight ?? 'regular', this.found)
    let cx =
      style.align === 'right' && style.width ? x + style.width - this.runsWidth(runs, size) : x
    this.doc.fillColor(style.color ?? '#1b1f24')
    for (const run of runs) {
      this.use(run.font, size)
      // pdfkit shapes word by word unless features are given; a right-to-left run must be shaped
      // whole, or its words come out in the wrong order.
      const whole = RTL_FONTS.has(run.font) ? { features: [] } : {}
      this.doc.text(run.text, cx, y, { lineBreak: false, ...whole })
      cx += this.doc.widthOfString(run.text)
    }
  }

  /** Flowing text at the cursor: wraps, and continues on the next page when the page is full. */
  paragraph(text: string, style: TextStyle = {}) {
    const size = style.size ?? 10
    const x = this.left + (style.indent ?? 0)
    const width = style.width ?? this.width - (style.indent ?? 0)
    const lh = this.lineHeight(size)
    for (const line of this.wrap(text, width, size, style.weight)) {
      this.ensure(lh)
      this.drawLine(line, x, this.y, style)
      this.y += lh
    }
  }

  heightOf(text: string, style: TextStyle = {}) {
    const size = style.size ?? 10
    const width = style.width ?? this.width - (style.indent ?? 0)
    return this.wrap(text, width, size, style.weight).length * this.lineHeight(size)
  }

  rule(y = this.y, color = '#c9ced4', x1 = this.left, x2 = this.left + this.width) {
    this.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(0.6).strokeColor(color).stroke()
  }

  gap(points: number) {
    this.y += points
  }

  finish(): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = []
      this.doc.on('data', (c: Buffer) => chunks.push(c))
      this.doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
      this.doc.on('error', reject)
      this.doc.end()
    })
  }
}

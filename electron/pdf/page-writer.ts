import PDFDocument from 'pdfkit'
import type { Formatter } from '../../shared/format/format-dates'
import type { DocumentInfo, PageSize } from '../../shared/pdf/sheet-models'
import type { PdfkitFont } from './font-subsets'
import { prepareFont } from './font-subsets'
import { collectOutput } from './pdf-output'
import type { FontKey } from './fonts'
import { loadFont } from './fonts'
import { shape, widthOf } from './shaped-text'
import { StructureTree } from './structure'
import { writeRun } from './text-ops'
import type { Found, Run } from './text-runs'
import { replaceEmoji, visualRuns } from './text-runs'

const wordWidths = new Map<string, number>()
const RTL_FONTS = new Set<FontKey>(['hebrew', 'hebrewBold', 'arabic', 'arabicBold'])

/** Page sizes in points, and margins every office printer keeps (18 mm at the sides). */
const SIZES: Record<PageSize, [number, number]> = { A4: [595.28, 841.89], LETTER: [612, 792] }
const MARGIN = { top: 58, bottom: 46, side: 48 }

export interface TextStyle {
  size?: number
  weight?: 'regular' | 'bold'
  color?: string
  indent?: number
  width?: number
  /** The structure a screen reader is given for this text: a paragraph unless said otherwise. */
  tag?: 'P' | 'H1' | 'H2' | 'H3' | 'Caption' | 'Lbl'
}

/**
 * A cursor over a pdfkit document that wraps, measures and flows text itself, so no line is ever
 * drawn past the bottom margin and every line gets the right font for its script. Everything it
 * draws is tagged (headings, paragraphs, tables, figures) or marked as page furniture.
 */
export class PageWriter {
  readonly doc: PDFKit.PDFDocument
  readonly tags: StructureTree
  y = 0
  private readonly fonts = new Map<FontKey, PdfkitFont>()
  private pageHooks: (() => void)[] = []

  constructor(
    readonly pageSize: PageSize,
    readonly found: Found,
    readonly fmt: Formatter,
    info: DocumentInfo,
  ) {
    // font: null keeps pdfkit from loading Helvetica, so only embedded fonts end up in the file.
    this.doc = new PDFDocument({
      size: SIZES[pageSize],
      margin: 0,
      autoFirstPage: false,
      bufferPages: true,
      font: null as unknown as string,
      pdfVersion: '1.7',
      tagged: true,
      lang: fmt.formats.locale,
      displayTitle: true,
      info: {
        Title: info.title,
        Author: info.author || 'Smartketing Workshop',
        Subject: info.subject,
        Keywords: info.keywords ?? '',
        Creator: 'Smartketing Workshop',
        Producer: 'Smartketing Workshop',
      },
      compress: true,
    } as PDFKit.PDFDocumentOptions)
    this.tags = new StructureTree(this.doc)
    this.output = collectOutput(this.doc)
  }

  private readonly output: () => Uint8Array

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
  get top() {
    return MARGIN.top
  }

  /** Runs after every new page, e.g. a "continued" line, or a table header to repeat. */
  withPageHook<T>(hook: () => void, body: () => T): T {
    this.pageHooks.push(hook)
    try {
      return body()
    } finally {
      this.pageHooks.pop()
    }
  }

  private header: () => void = () => undefined

  /** The running header, drawn at the top of every page from now on (as page furniture). */
  setHeader(header: () => void) {
    this.header = header
  }

  newPage() {
    this.doc.addPage()
    this.y = MARGIN.top
    // A repeated table header or a "continued" line is furniture: the reader met it already.
    this.tags.artifact(() => {
      this.header()
      for (const hook of this.pageHooks) hook()
    })
  }

  /** Starts a new page when `height` does not fit below the cursor; says whether it did. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom) return false
    this.newPage()
    return true
  }

  /** Whether `height` fits on what is left of this page. */
  fits(height: number) {
    return this.y + height <= this.bottom
  }

  /** pdfkit's font object for this document, opened on first use with the shared subset base. */
  private fontOf(key: FontKey): PdfkitFont {
    let font = this.fonts.get(key)
    if (!font) {
      this.doc.registerFont(key, loadFont(key) as unknown as string)
      this.doc.font(key)
      font = (this.doc as unknown as { _font: PdfkitFont })._font
      prepareFont(key, font)
      this.fonts.set(key, font)
    }
    return font
  }

  lineHeight(size: number) {
    return size * 1.32
  }

  runsWidth(runs: Run[], size: number) {
    let width = 0
    for (const run of runs) width += (widthOf(run.font, run.text) * size) / 1000
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

  /** One line of text, marked as content of the structure element open now. */
  drawLine(
    text: string,
    x: number,
    y: number,
    style: TextStyle & { align?: 'left' | 'right' | 'center' } = {},
  ) {
    const size = style.size ?? 10
    const runs = visualRuns(text, style.weight ?? 'regular', this.found)
    const width = style.align && style.width ? this.runsWidth(runs, size) : 0
    let cx =
      style.align === 'right' && style.width
        ? x + style.width - width
        : style.align === 'center' && style.width
          ? x + (style.width - width) / 2
          : x
    this.tags.content(() => {
      this.doc.fillColor(style.color ?? '#1b1f24')
      for (const run of runs) {
        // Shaped word by word, except a right-to-left run: shaped whole, or its words come out
        // in the wrong order.
        const whole = RTL_FONTS.has(run.font)
        writeRun(
          this.doc,
          run.font,
          this.fontOf(run.font),
          shape(run.font, run.text, whole),
          cx,
          y,
          size,
        )
        cx += (widthOf(run.font, run.text) * size) / 1000
      }
    })
  }

  /** Flowing text at the cursor, as one tagged paragraph (or heading) that may run onto the next page. */
  paragraph(text: string, style: TextStyle = {}) {
    const size = style.size ?? 10
    const x = this.left + (style.indent ?? 0)
    const width = style.width ?? this.width - (style.indent ?? 0)
    const lh = this.lineHeight(size)
    this.tags.element(style.tag ?? 'P', () => {
      for (const line of this.wrap(text, width, size, style.weight)) {
        this.ensure(lh)
        this.drawLine(line, x, this.y, style)
        this.y += lh
      }
    })
  }

  /** The text cut to one line of `width`, with an ellipsis when it had to be cut. */
  clip(text: string, width: number, size: number, weight: 'regular' | 'bold' = 'regular') {
    const [first = '', ...rest] = this.wrap(text.replace(/\s+/g, ' '), width, size, weight)
    if (rest.length === 0) return first
    let cut = first
    while (cut && this.textWidth(`${cut}…`, size, weight) > width)
      cut = [...cut].slice(0, -1).join('')
    return `${cut.trimEnd()}…`
  }

  heightOf(text: string, style: TextStyle = {}) {
    const size = style.size ?? 10
    const width = style.width ?? this.width - (style.indent ?? 0)
    return this.wrap(text, width, size, style.weight).length * this.lineHeight(size)
  }

  /** A ruled line: decoration, so screen readers skip it. */
  rule(y = this.y, color = '#c9ced4', x1 = this.left, x2 = this.left + this.width, width = 0.6) {
    this.tags.artifact(() =>
      this.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke(),
    )
  }

  gap(points: number) {
    this.y += points
  }

  /** Ends the document; pdfkit writes the whole file during end(), so it is ready right after. */
  finish(): Promise<Uint8Array> {
    this.tags.end()
    this.doc.end()
    return Promise.resolve(this.output())
  }
}

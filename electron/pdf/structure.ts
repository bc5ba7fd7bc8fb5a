/**
 * The tagged structure of a document: what a screen reader walks through instead of the page's
 * drawing order. Every line of text belongs to the element open while it is drawn; rules, page
 * headers and footers are marked as artifacts, which readers skip.
 */
export type StructureType =
  | 'Document'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'Lbl'
  | 'Caption'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'L'
  | 'LI'
  | 'LBody'
  | 'Figure'
  | 'TOC'
  | 'TOCI'
  | 'Form'

/** Elements that hold other elements, never text of their own. */
const GROUPING = new Set<StructureType>(['Document', 'Sect', 'Table', 'TR', 'L', 'LI', 'TOC'])

export class StructureTree {
  private readonly stack: PDFKit.PDFStructureElement[]
  private readonly types: StructureType[] = ['Document']
  private artifactDepth = 0

  constructor(private readonly doc: PDFKit.PDFDocument) {
    const root = doc.struct('Document')
    doc.addStructure(root)
    this.stack = [root]
  }

  private get current() {
    return this.stack.at(-1)!
  }

  /** Opens an element under the current one for the length of `body`. */
  element<T>(type: StructureType, body: () => T, options: { alt?: string } = {}): T {
    if (this.artifactDepth > 0) return body()
    const el = this.doc.struct(type, options)
    this.current.add(el)
    this.stack.push(el)
    this.types.push(type)
    try {
      return body()
    } finally {
      this.stack.pop()
      this.types.pop()
      el.end()
    }
  }

  /**
   * An element placed in reading order now and filled later, e.g. a table of contents whose page
   * numbers are known only once the rest is drawn.
   */
  placeholder(type: StructureType): (body: () => void) => void {
    if (this.artifactDepth > 0) return (body) => body()
    const el = this.doc.struct(type)
    this.current.add(el)
    return (body) => {
      this.stack.push(el)
      this.types.push(type)
      try {
        body()
      } finally {
        this.stack.pop()
        this.types.pop()
        el.end()
      }
    }
  }

  /** Marks what `draw` paints as the current element's content (a paragraph inside a grouping one). */
  content(draw: () => void): void {
    if (this.artifactDepth > 0) return draw()
    const type = this.types.at(-1)!
    if (GROUPING.has(type)) return this.element('P', () => this.content(draw))
    const marked = this.doc.markStructureContent(type)
    draw()
    this.doc.endMarkedContent()
    this.current.add(marked)
  }

  /** Page furniture and decoration: drawn, but outside the structure. */
  artifact(draw: () => void) {
    if (this.artifactDepth > 0) return draw()
    this.doc.markContent('Artifact', { type: 'Pagination' })
    this.artifactDepth++
    try {
      draw()
    } finally {
      this.artifactDepth--
      this.doc.endMarkedContent()
    }
  }

  end() {
    this.stack[0]!.end()
  }
}

/**
 * Collects what pdfkit writes as text and turns it into bytes once. pdfkit (0.20) makes every line
 * of the file its own small buffer and stream chunk; for a tagged sheet that is thousands of
 * allocations, a tenth of the sheet's time. Returns a function that gives the finished file.
 */
export const collectOutput = (doc: PDFKit.PDFDocument): (() => Uint8Array) => {
  const d = doc as unknown as {
    _write(data: string | Uint8Array): void
    _offset: number
    _waiting: number
    read(): Buffer | null
  }
  // The header pdfkit already wrote sits in the stream's buffer.
  const parts: Uint8Array[] = [d.read() ?? new Uint8Array()]
  let text = ''
  const flushText = () => {
    if (text) parts.push(Buffer.from(text, 'latin1'))
    text = ''
  }
  d._write = (data) => {
    if (typeof data === 'string') {
      // pdfkit writes each string as one byte per character, then a line break.
      text += `${data}\n`
      d._offset += data.length + 1
    } else {
      flushText()
      parts.push(data)
      d._offset += data.length
    }
  }
  return () => {
    if (d._waiting !== 0) throw new Error('The PDF was not finished.')
    flushText()
    return new Uint8Array(Buffer.concat(parts))
  }
}

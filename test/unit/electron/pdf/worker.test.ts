import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PdfWorker } from '../../../../electron/pdf/render-in-worker'
import { personal } from '../../../support/sheet-fixtures'

const worker = new PdfWorker(join(process.cwd(), 'out', 'worker', 'pdf-worker.js'))
afterAll(() => worker.close())

describe('the PDF worker thread', () => {
  it('leaves the main thread free while a 200-sheet packet is built', async () => {
    const sheets = Array.from({ length: 200 }, (_, i) => personal(`Member ${i}`, `m-${i}`))
    let ticks = 0
    const ticker = setInterval(() => ticks++, 5)
    const progress: number[] = []
    const result = await worker.render({ sheets, pageSize: 'A4', title: 'Batch' }, (done) =>
      progress.push(done),
    )
    clearInterval(ticker)
    expect(result.pageCount).toBe(200)
    // Rendering on this thread would have blocked every tick until the end.
    expect(ticks).toBeGreaterThan(10)
    expect(progress.at(-1)).toBe(200)
  })

  it('reports a failed job with its reason and goes on serving the next one', async () => {
    await expect(worker.render({ sheets: [], pageSize: 'A4', title: 'None' })).rejects.toThrow(
      'Nothing to print',
    )
    const ok = await worker.render({ sheets: [personal()], pageSize: 'LETTER', title: 'One' })
    expect(ok.pageCount).toBe(1)
    expect(new TextDecoder().decode(ok.pdf.subarray(0, 5))).toBe('%PDF-')
  })

  it('warms up in the background: a warmed worker’s first sheet is fast, and closing ends a warm-up', async () => {
    const fresh = new PdfWorker(join(process.cwd(), 'out', 'worker', 'pdf-worker.js'))
    await fresh.warm()
    const start = performance.now()
    const first = await fresh.render({ sheets: [personal()], pageSize: 'A4', title: 'First' })
    const firstMs = performance.now() - start
    expect(first.pageCount).toBe(1)
    // Parsing Noto Sans alone takes longer than a warm sheet; a busy two-core machine gets room.
    expect(firstMs).toBeLessThan(1_500)
    await fresh.close()

    const closing = new PdfWorker(join(process.cwd(), 'out', 'worker', 'pdf-worker.js'))
    const warming = closing.warm().then(
      () => 'warmed',
      (e: Error) => e.message,
    )
    await closing.close()
    expect(await warming).toMatch(/closed/)
  })
})

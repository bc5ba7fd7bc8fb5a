import { resolve } from 'node:path'
import { PdfWorker } from '../electron/pdf/render-in-worker'
import { personal } from '../test/support/sheet-fixtures'

/**
 * Run in its own process so its peak memory is the batch's alone: a fresh worker (fonts parsed
 * once, as on a consultant's first export of the day) builds a 100-page packet.
 */
const worker = new PdfWorker(resolve('out/worker/pdf-worker.js'))
const sheets = Array.from({ length: 100 }, (_, i) => personal(`Member ${i + 1}`, `member-${i}`))
const start = performance.now()
const result = await worker.render({ sheets, pageSize: 'A4', title: 'Batch' })
const ms = performance.now() - start
await worker.close()
process.stdout.write(
  JSON.stringify({
    ms,
    pages: result.pageCount,
    peakMb: process.resourceUsage().maxRSS / 1024,
  }),
)

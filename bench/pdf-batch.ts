import { resolve } from 'node:path'
import { PdfWorker } from '../electron/pdf/render-in-worker'
import { variedSheet } from './varied-sheets'

/**
 * Run in a process of its own, as the app is just after a start: the consultant's first export
 * of the day, one sheet, from a fresh worker (`cold`: asked before the warm-up the app starts 5 s
 * after launch; `warmed`: after it). Its peak memory is its own.
 */
const warmed = process.argv.includes('warmed')
const worker = new PdfWorker(resolve('out/worker/pdf-worker.js'))
// A warm-up never keeps a process alive by itself (the app has its windows and host for that).
const alive = setInterval(() => undefined, 1_000)
if (warmed) await worker.warm()
const start = performance.now()
await worker.render({ sheets: [variedSheet(3)], pageSize: 'A4', title: 'First' })
const firstMs = performance.now() - start
await worker.close()
clearInterval(alive)
process.stdout.write(JSON.stringify({ firstMs, peakMb: process.resourceUsage().maxRSS / 1024 }))

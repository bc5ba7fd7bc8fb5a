import { spawnSync } from 'node:child_process'
import { chromium } from '@playwright/test'
import { renderPdf } from '../electron/pdf/render'
import { CHROMIUM_LAUNCH } from '../test/support/chromium'
import { personal } from '../test/support/sheet-fixtures'
import { sheetBody, sheetStyles } from './sheet-html'
import type { Figures } from './stats'
import { median, round, timeRuns } from './stats'

/** One personal sheet with embedded fonts, after the fonts were parsed once (the worker's steady state). */
const pdfkitSheetMs = async () => {
  const request = { sheets: [personal()], pageSize: 'A4' as const, title: 'Bench' }
  await timeRuns(30, async () => void (await renderPdf(request)))
  return median(await timeRuns(100, async () => void (await renderPdf(request))))
}

/** The same sheet as HTML printed by headless Chromium, fonts already loaded in the page. */
const chromiumSheetMs = async () => {
  const browser = await chromium.launch(CHROMIUM_LAUNCH)
  const page = await browser.newPage()
  await page.setContent(`<style>${sheetStyles()}</style><main></main>`)
  const body = sheetBody(personal())
  const printOnce = async () => {
    await page.evaluate((html) => (document.querySelector('main')!.innerHTML = html), body)
    await page.pdf({
      format: 'A4',
      margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
    })
  }
  await timeRuns(5, printOnce)
  const ms = median(await timeRuns(20, printOnce))
  await browser.close()
  return ms
}

const batchInFreshProcess = () => {
  const run = spawnSync(process.execPath, ['out/bench/pdf-batch.js'], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`pdf batch failed: ${run.stderr}`)
  return JSON.parse(run.stdout) as { ms: number; pages: number; peakMb: number }
}

export const pdfBench = async (): Promise<Figures> => {
  const pdfkit = await pdfkitSheetMs()
  const chromiumMs = await chromiumSheetMs()
  const batch = batchInFreshProcess()
  return {
    pdf_sheet_warm_ms: round(pdfkit, 2),
    pdf_sheet_chromium_print_ms: round(chromiumMs, 2),
    pdf_pdfkit_speedup_vs_chromium: round(chromiumMs / pdfkit, 1),
    pdf_batch_100_pages_ms: round(batch.ms, 0),
    pdf_batch_100_pages_peak_mb: round(batch.peakMb, 0),
  }
}

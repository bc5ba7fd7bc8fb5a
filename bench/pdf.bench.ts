import { spawnSync } from 'node:child_process'
import { chromium } from '@playwright/test'
import { renderPdf } from '../electron/pdf/render'
import { warmUp } from '../electron/pdf/warm-up'
import { CHROMIUM_LAUNCH } from '../test/support/chromium'
import { ROUNDS, size } from './mode'
import { exportOverContractMs } from './pdf-export'
import { sheetBody, sheetStyles } from './sheet-html'
import type { Figures } from './stats'
import { median, round, timeRuns } from './stats'
import { variedSheet } from './varied-sheets'

/**
 * Different sheets one after another (people, goals, activities) in a process warmed as the app's
 * PDF worker is soon after launch (warm-up.ts: fonts parsed, their lazily read tables loaded), so
 * "warm" is the state a person's export meets, not a half-warm one where the first sheets still
 * read font tables.
 */
const pdfkitVariedSheetMs = async () => {
  const render = (i: number) =>
    renderPdf({ sheets: [variedSheet(i)], pageSize: 'A4', title: 'Bench' })
  await warmUp()
  await render(0)
  return median(await timeRuns(size(60, 5), async (i) => void (await render(i + 1))))
}

/** A packet of `n` different sheets, built as one PDF by pdfkit and printed by Chromium, in turns. */
const packetPair = async (n: number) => {
  const sheets = Array.from({ length: n }, (_, i) => variedSheet(i))
  const browser = await chromium.launch(CHROMIUM_LAUNCH)
  const page = await browser.newPage()
  await page.setContent(`<style>${sheetStyles()}</style><main></main>`)
  const html = sheets.map((s) => `<section style="break-after:page">${sheetBody(s)}</section>`)
  const printOnce = async () => {
    await page.evaluate((body) => (document.querySelector('main')!.innerHTML = body), html.join(''))
    await page.pdf({
      format: 'A4',
      margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
    })
  }
  const buildOnce = async () => void (await renderPdf({ sheets, pageSize: 'A4', title: 'Packet' }))
  await printOnce()
  await buildOnce()
  const pdfkit: number[] = []
  const chromiumMs: number[] = []
  for (let r = 0; r < Math.max(3, ROUNDS); r++) {
    pdfkit.push(...(await timeRuns(1, buildOnce)))
    chromiumMs.push(...(await timeRuns(1, printOnce)))
  }
  await browser.close()
  return { pdfkit: median(pdfkit), chromium: median(chromiumMs) }
}

/** The first export of a fresh process, as after a start: worker, fonts and all (pdf-batch.ts). */
const firstExportAfterStart = (mode: 'cold' | 'warmed') => {
  const run = spawnSync(process.execPath, ['out/bench/pdf-batch.js', mode], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`first export failed: ${run.stderr}`)
  return JSON.parse(run.stdout) as { firstMs: number; peakMb: number }
}

export const pdfBench = async (): Promise<Figures> => {
  const varied = await pdfkitVariedSheetMs()
  const packetSize = size(30, 5)
  const packet = await packetPair(packetSize)
  const cold = firstExportAfterStart('cold')
  const first = firstExportAfterStart('warmed')
  const exportMs = await exportOverContractMs()
  return {
    pdf_varied_sheet_warm_ms: round(varied, 2),
    pdf_first_export_after_start_ms: round(first.firstMs, 0),
    pdf_first_export_before_warm_up_ms: round(cold.firstMs, 0),
    pdf_export_over_contract_ms: round(exportMs, 1),
    pdf_first_export_peak_mb: round(Math.max(first.peakMb, cold.peakMb), 0),
    [`pdf_packet_${packetSize}_sheets_pdfkit_ms`]: round(packet.pdfkit, 0),
    [`pdf_packet_${packetSize}_sheets_chromium_ms`]: round(packet.chromium, 0),
    [`pdf_packet_${packetSize}_sheets_pdfkit_speedup_vs_chromium`]: round(
      packet.chromium / packet.pdfkit,
      1,
    ),
  }
}

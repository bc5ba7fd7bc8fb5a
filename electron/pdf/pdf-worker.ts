import { parentPort } from 'node:worker_threads'
import type { RenderRequest } from '../../shared/pdf/sheet-models'
import { checkRenderable, renderPdf } from './render'
import { warmUp } from './warm-up'

/** Builds PDFs off the main thread, so the app keeps answering while a 200-sheet packet renders. */
export type WorkerRequest =
  | { id: number; type: 'render' | 'check'; request: RenderRequest }
  /** Parses the fonts and draws one throwaway sheet, so the person's first export is a warm one. */
  | { id: number; type: 'warm' }
export type WorkerReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | {
      id: number
      type: 'rendered'
      pdf: Uint8Array
      pageCount: number
      warnings: ReturnType<typeof checkRenderable>
    }
  | { id: number; type: 'checked'; warnings: ReturnType<typeof checkRenderable> }
  | { id: number; type: 'warmed' }
  | { id: number; type: 'failed'; message: string }

const port = parentPort!
port.on('message', async (message: WorkerRequest) => {
  const { id } = message
  const send = (reply: WorkerReply, transfer: ArrayBuffer[] = []) =>
    port.postMessage(reply, transfer)
  try {
    if (message.type === 'warm') {
      await warmUp()
      return send({ id, type: 'warmed' })
    }
    const { type, request } = message
    if (type === 'check') return send({ id, type: 'checked', warnings: checkRenderable(request) })
    const result = await renderPdf(request, (done, total) =>
      send({ id, type: 'progress', done, total }),
    )
    send({ id, type: 'rendered', ...result }, [result.pdf.buffer as ArrayBuffer])
  } catch (e) {
    send({ id, type: 'failed', message: e instanceof Error ? e.message : String(e) })
  }
})

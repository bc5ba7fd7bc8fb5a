import { Worker } from 'node:worker_threads'
import type { RenderRequest, RenderWarning } from '../../shared/pdf/sheet-models'
import type { WorkerReply, WorkerRequest } from './pdf-worker'

type Pending = {
  resolve: (reply: WorkerReply) => void
  reject: (e: Error) => void
  onProgress?: (done: number, total: number) => void
}

/**
 * One long-lived worker: fonts parsed for the first PDF stay parsed for the next. A crash of the
 * worker fails the jobs in flight with a message and a new worker starts on the next request.
 */
export class PdfWorker {
  private worker: Worker | null = null
  private readonly pending = new Map<number, Pending>()
  private nextId = 1

  constructor(private readonly workerPath: string) {}

  private ensure(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(this.workerPath)
    worker.on('message', (reply: WorkerReply) => {
      const job = this.pending.get(reply.id)
      if (!job) return
      if (reply.type === 'progress') return job.onProgress?.(reply.done, reply.total)
      this.pending.delete(reply.id)
      if (this.pending.size === 0) worker.unref()
      job.resolve(reply)
    })
    const fail = (e: Error) => {
      for (const job of this.pending.values()) job.reject(e)
      this.pending.clear()
      this.worker = null
    }
    worker.on('error', fail)
    worker.on(
      'exit',
      (code) => code !== 0 && fail(new Error(`The PDF worker stopped (code ${code}).`)),
    )
    this.worker = worker
    return worker
  }

  private send(
    type: 'render' | 'check',
    request: RenderRequest,
    onProgress?: Pending['onProgress'],
  ) {
    return this.post((id) => ({ id, type, request }), onProgress, true)
  }

  private post(
    message: (id: number) => WorkerRequest,
    onProgress?: Pending['onProgress'],
    keepAlive = true,
  ) {
    const id = this.nextId++
    return new Promise<WorkerReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress })
      // Referenced only while a job is in flight: an idle worker never keeps the app from quitting.
      const worker = this.ensure()
      if (keepAlive) worker.ref()
      else if (this.pending.size === 1) worker.unref()
      worker.postMessage(message(id))
    })
  }

  /**
   * Starts the worker and has it draw a throwaway sheet, so fonts are parsed before the first
   * export is asked for. It never keeps the app from quitting; a failure is only logged.
   */
  async warm(): Promise<void> {
    if (this.warmed) return
    this.warmed = true
    const reply = await this.post((id) => ({ id, type: 'warm' }), undefined, false)
    if (reply.type === 'failed') console.error(`Warming the PDF worker failed: ${reply.message}`)
  }

  private warmed = false

  async check(request: RenderRequest): Promise<RenderWarning[]> {
    const reply = await this.send('check', request)
    if (reply.type === 'checked') return reply.warnings
    throw new Error(
      reply.type === 'failed' ? reply.message : 'Unexpected reply from the PDF worker.',
    )
  }

  async render(request: RenderRequest, onProgress?: Pending['onProgress']) {
    const reply = await this.send('render', request, onProgress)
    if (reply.type === 'rendered') return reply
    throw new Error(
      reply.type === 'failed' ? reply.message : 'Unexpected reply from the PDF worker.',
    )
  }

  async close() {
    const worker = this.worker
    this.worker = null
    // Jobs in flight (a warm-up) end with the worker, not with a dangling promise.
    for (const job of this.pending.values()) job.reject(new Error('The PDF worker was closed.'))
    this.pending.clear()
    await worker?.terminate()
  }
}

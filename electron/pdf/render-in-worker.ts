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
    type: WorkerRequest['type'],
    request: RenderRequest,
    onProgress?: Pending['onProgress'],
  ) {
    const id = this.nextId++
    return new Promise<WorkerReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress })
      // Referenced only while a job is in flight: an idle worker never keeps the app from quitting.
      const worker = this.ensure()
      worker.ref()
      worker.postMessage({ id, type, request } satisfies WorkerRequest)
    })
  }

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
    await this.worker?.terminate()
    this.worker = null
  }
}

import { AppFailure } from '../../shared/api/result'
import type { TemplatesFile } from '../../shared/library/templates-file'
import { templatesFileKind } from '../../shared/library/templates-file'
import type { Plan } from '../../shared/workshop/plan'
import type { LibraryScope } from './client-document-store'
import { DocumentFiles } from './document-files'
import { KeyedQueue } from './keyed-queue'
import { moveAside } from './move-aside'

const NOUN = 'workshop plan template'

/**
 * The facilitator's own plan for new workshops, in templates.json, read and written like every
 * other document: through its migrations, never over a change it did not see, read-only when a
 * newer app wrote it. No file, or a damaged one, means "use the default plan".
 */
export class TemplateStore {
  private readonly files: DocumentFiles<TemplatesFile>
  private readonly queue = new KeyedQueue()

  constructor(private readonly library: LibraryScope) {
    this.files = new DocumentFiles(templatesFileKind, library.lock, NOUN)
  }

  /** The saved plan (null: none saved), and whether it may be changed here. */
  async get(): Promise<{ plan: Plan | null; readOnly: boolean }> {
    const path = this.library.paths.templates
    const loaded = await this.files.read(path)
    if (loaded.status === 'ok') return { plan: loaded.data.goalWorkshop, readOnly: false }
    if (loaded.status === 'newer')
      return { plan: loaded.data?.goalWorkshop ?? null, readOnly: true }
    if (loaded.status === 'missing') return { plan: null, readOnly: false }
    const { cause, reason } = loaded
    const moveIt = cause === 'damaged' && this.library.lock.writable
    const movedTo = moveIt ? await moveAside(path).catch(() => null) : null
    if (movedTo) this.files.forget(path)
    this.library.problems.document({
      noun: NOUN,
      file: 'templates.json',
      clientId: null,
      cause,
      reason,
      movedTo,
    })
    return { plan: null, readOnly: movedTo === null }
  }

  save(plan: Plan): Promise<Plan> {
    return this.queue.run('templates', async () => {
      const { readOnly } = await this.get()
      if (readOnly)
        throw new AppFailure(
          'READ_ONLY',
          'The workshop plan template was saved by a newer version of the app, or its file ' +
            'cannot be read; it is kept as it is. New workshops can still change their own plan.',
        )
      await this.files.write(this.library.paths.templates, {
        schemaVersion: templatesFileKind.currentVersion as 1,
        goalWorkshop: plan,
      })
      return plan
    })
  }

  idle(): Promise<void> {
    return this.queue.idle()
  }
}

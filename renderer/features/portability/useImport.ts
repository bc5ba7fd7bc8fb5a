import { useState } from 'react'
import type { AppError } from '../../../shared/api/result'
import { MAX_IMPORT_BYTES } from '../../../shared/portability/export-file'
import type { ConflictChoice } from '../../../shared/portability/merge-plan'
import type { ImportPreview, ImportResult } from '../../../shared/portability/portability-api'
import { api } from '../../lib/api'
import type { Choices } from './labels'
import { initialChoices } from './labels'
import { detach } from '../../lib/detach'

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'refused'; fileName: string; error: AppError }
  | {
      step: 'preview'
      fileName: string
      text: string
      preview: ImportPreview
      choices: Choices
      importing: boolean
      /** The import itself was refused; the preview stays so the person can try again. */
      error: AppError | null
    }
  | { step: 'done'; fileName: string; result: ImportResult }
  | { step: 'cancelled'; fileName: string }

// Rounded up, so a file just over the limit never reads as exactly the limit.
const megabytes = (bytes: number) => `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB`

const tooBig = (file: File): AppError => ({
  code: 'VALIDATION',
  message: `“${file.name}” is ${megabytes(file.size)}, larger than an export can be (${megabytes(MAX_IMPORT_BYTES)} at most), so it was not read. Nothing was imported.`,
})

/** A choice the person already made stands where the same document is still in conflict. */
const keepChoices = (fresh: Choices, earlier: Choices = {}): Choices =>
  Object.fromEntries(Object.entries(fresh).map(([path, c]) => [path, earlier[path] ?? c]))

/**
 * Choose a file → preview → (choose per conflict) → import. The file is read in the page and sent
 * as text; nothing is written until the person confirms the preview.
 */
export const useImport = () => {
  const [state, setState] = useState<ImportState>({ step: 'idle' })

  const preview = async (fileName: string, text: string, earlier?: Choices, error?: AppError) => {
    const r = await api.call('portability:preview', { text })
    if (!r.ok) return setState({ step: 'refused', fileName, error: r.error })
    setState({
      step: 'preview',
      fileName,
      text,
      preview: r.value,
      choices: keepChoices(initialChoices(r.value.items), earlier),
      importing: false,
      error: error ?? null,
    })
  }

  const choose = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES)
      return setState({ step: 'refused', fileName: file.name, error: tooBig(file) })
    setState({ step: 'reading', fileName: file.name })
    const text = await file.text().catch(() => null)
    if (text === null)
      return setState({
        step: 'refused',
        fileName: file.name,
        error: { code: 'IO', message: `“${file.name}” could not be read. Nothing was imported.` },
      })
    await preview(file.name, text)
  }

  const setChoice = (path: string, choice: ConflictChoice) =>
    setState((s) =>
      s.step === 'preview' ? { ...s, choices: { ...s.choices, [path]: choice } } : s,
    )

  const confirm = async () => {
    if (state.step !== 'preview' || state.importing) return
    const { fileName, text, preview: plan, choices } = state
    setState({ ...state, importing: true, error: null })
    const r = await api.call('portability:import', { text, planId: plan.planId, choices })
    if (r.ok) return setState({ step: 'done', fileName, result: r.value })
    // The library changed since the preview: show what the import would do now, not a stale plan.
    if (r.error.code === 'CONFLICT') return preview(fileName, text, choices, r.error)
    setState({ ...state, importing: false, error: r.error })
  }

  const cancel = () =>
    setState((s) => ('fileName' in s ? { step: 'cancelled', fileName: s.fileName } : s))

  return {
    state,
    choose: (file: File) => detach(choose(file)),
    setChoice,
    confirm: () => detach(confirm()),
    cancel,
  }
}

import { useState } from 'react'
import type { AppError } from '../../../shared/api/result'
import type { AppInfo } from '../../../shared/library/library'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useToast } from '../../components/Toasts'
import { api } from '../../lib/api'
import { detach } from '../../lib/detach'

/** Where the library lives. A synced folder works: each client is its own small file. */
export const DataFolderSection = ({ info }: { info: AppInfo }) => {
  const [path, setPath] = useState('')
  const [copy, setCopy] = useState(true)
  const [error, setError] = useState<AppError | null>(null)
  const toast = useToast()

  const choose = async () => {
    const r = await api.call('library:pickFolder', {})
    if (r.ok && r.value.path) setPath(r.value.path)
  }
  const use = async (e: React.FormEvent) => {
    e.preventDefault()
    const r = await api.call('library:useFolder', { path, copyCurrent: copy })
    setError(r.ok ? null : r.error)
    if (r.ok)
      toast({
        message: `The library now lives in ${r.value.dataDir} (${r.value.clientCount} clients).`,
      })
  }

  return (
    <section className="card" aria-labelledby="folder-title">
      <h2 id="folder-title">Data folder</h2>
      <p>
        Current folder: <code>{info.dataDir}</code>
      </p>
      <p className="hint">Settings file: {info.settingsFile}</p>
      <form onSubmit={use} aria-label="Move the library">
        <div className="row wrap">
          <label className="grow">
            New data folder
            <input
              value={path}
              onChange={(e) => setPath(e.target.value)}
              placeholder={
                info.transport === 'electron' ? 'Use “Choose folder…”' : '/home/me/Sync/Smartketing'
              }
              // In the app, only the folder picker names a folder; the page cannot type one in.
              readOnly={info.transport === 'electron'}
              aria-describedby="folder-hint"
              required
            />
          </label>
          {info.transport === 'electron' && (
            <button type="button" onClick={() => detach(choose())}>
              Choose folder…
            </button>
          )}
        </div>
        <p className="hint" id="folder-hint">
          An existing folder you can write to, such as a synced folder.
        </p>
        <label className="inline">
          <input type="checkbox" checked={copy} onChange={(e) => setCopy(e.target.checked)} />
          Copy my current library into it (the folder must be empty)
        </label>
        <button type="submit" className="primary">
          Use this folder
        </button>
      </form>
      {error && <ErrorNotice error={error} title="The folder was not changed." />}
    </section>
  )
}

import type { FormEvent } from 'react'
import { useId, useMemo, useState } from 'react'
import type { AppError, Result } from '../../../shared/api/result'
import { ErrorNotice } from '../../components/ErrorNotice'
import { api, inDesktopApp } from '../../lib/api'
import { detach } from '../../lib/detach'
import { ReportExport } from './ReportExport'

type Outcome =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'done'; path: string | null }
  | { step: 'failed'; error: AppError }

const useExport = () => {
  const [outcome, setOutcome] = useState<Outcome>({ step: 'idle' })
  const run = async (call: () => Promise<Result<{ path: string | null }>>) => {
    setOutcome({ step: 'busy' })
    const r = await call()
    setOutcome(r.ok ? { step: 'done', path: r.value.path } : { step: 'failed', error: r.error })
  }
  return { outcome, run }
}

const computerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone

/** Review dates and meetings into the team's calendars; every action into a spreadsheet. */
export const ExportsPanel = ({ clientId }: { clientId: string }) => (
  <div className="exports">
    {!inDesktopApp && (
      <p className="hint">
        In the browser, exported files are written to the exports folder inside the data folder.
      </p>
    )}
    <ReportExport clientId={clientId} />
    <CalendarExport clientId={clientId} />
    <ActionsExport clientId={clientId} />
  </div>
)

const CalendarExport = ({ clientId }: { clientId: string }) => {
  const [allDay, setAllDay] = useState(false)
  const [time, setTime] = useState('09:00')
  const [duration, setDuration] = useState(60)
  const [timeZone, setTimeZone] = useState(computerZone)
  const [repeats, setRepeats] = useState(false)
  const [every, setEvery] = useState<'week' | 'month'>('month')
  const [count, setCount] = useState(6)
  const [attendees, setAttendees] = useState(false)
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), [])
  const zoneList = useId()
  const { outcome, run } = useExport()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    detach(
      run(() =>
        api.call('export:calendar', {
          clientId,
          time: allDay ? null : time,
          durationMinutes: duration,
          timeZone: timeZone.trim(),
          repeat: repeats ? { every, count } : null,
          attendees,
        }),
      ),
    )
  }
  return (
    <section className="card" aria-labelledby="calendar-export-title">
      <h2 id="calendar-export-title">Calendar of reviews and meetings</h2>
      <p className="hint">
        Every goal review date, planned action-plan meeting and dated cross-training session, as one
        file that calendar programs can import. Import it again after a date moves: the events are
        updated, not doubled.
      </p>
      <form className="export-form" onSubmit={submit} aria-labelledby="calendar-export-title">
        <label className="inline">
          <input type="checkbox" checked={allDay} onChange={(e) => setAllDay(e.target.checked)} />
          All-day events
        </label>
        <div className="row wrap">
          <label>
            Time of day
            <input
              type="time"
              required={!allDay}
              disabled={allDay}
              value={time}
              onChange={(e) => setTime(e.target.value)}
            />
          </label>
          <label>
            Duration in minutes
            <input
              type="number"
              min={5}
              max={600}
              step={5}
              required
              disabled={allDay}
              value={duration}
              onChange={(e) => setDuration(e.target.valueAsNumber || 0)}
            />
          </label>
          <label className="grow">
            Time zone
            <input
              list={zoneList}
              required
              value={timeZone}
              onChange={(e) => setTimeZone(e.target.value)}
            />
            <datalist id={zoneList}>
              {zones.map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
          </label>
        </div>
        <label className="inline">
          <input type="checkbox" checked={repeats} onChange={(e) => setRepeats(e.target.checked)} />
          Add repeating follow-up meetings after the last one planned
        </label>
        {repeats && (
          <div className="row wrap">
            <label>
              Every
              <select value={every} onChange={(e) => setEvery(e.target.value as 'week' | 'month')}>
                <option value="week">Week</option>
                <option value="month">Month</option>
              </select>
            </label>
            <label>
              How many meetings
              <input
                type="number"
                min={2}
                max={52}
                required
                value={count}
                onChange={(e) => setCount(e.target.valueAsNumber || 0)}
              />
            </label>
          </div>
        )}
        <label className="inline">
          <input
            type="checkbox"
            checked={attendees}
            onChange={(e) => setAttendees(e.target.checked)}
          />
          Invite the people concerned (uses the e-mail addresses on the team page)
        </label>
        <div className="row">
          <button type="submit" className="primary" disabled={outcome.step === 'busy'}>
            {inDesktopApp ? 'Save calendar (.ics)…' : 'Export calendar (.ics)'}
          </button>
        </div>
      </form>
      <ExportResult outcome={outcome} />
    </section>
  )
}

type Sheet = 'xlsx' | 'csv-comma' | 'csv-semicolon'

const ActionsExport = ({ clientId }: { clientId: string }) => {
  const { outcome, run } = useExport()
  const [sheet, setSheet] = useState<Sheet>('xlsx')
  const name = useId()
  const choices: [Sheet, string][] = [
    ['xlsx', 'Excel workbook (.xlsx): opens directly, dates as dates'],
    ['csv-comma', 'CSV, separated by commas'],
    ['csv-semicolon', 'CSV, separated by semicolons (German or French spreadsheets)'],
  ]
  const save = () =>
    detach(
      run(() =>
        api.call(
          'export:actions',
          sheet === 'xlsx'
            ? { clientId, format: 'xlsx' }
            : { clientId, format: 'csv', delimiter: sheet === 'csv-comma' ? ',' : ';' },
        ),
      ),
    )
  const extension = sheet === 'xlsx' ? '.xlsx' : '.csv'
  return (
    <section className="card" aria-labelledby="actions-export-title">
      <h2 id="actions-export-title">Export actions as a spreadsheet</h2>
      <p className="hint">
        Every commitment and goal activity with its owner, due date, session and latest status.
      </p>
      <fieldset>
        <legend>Format</legend>
        {choices.map(([value, label]) => (
          <label key={value} className="inline">
            <input
              type="radio"
              name={name}
              checked={sheet === value}
              onChange={() => setSheet(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <button type="button" className="primary" disabled={outcome.step === 'busy'} onClick={save}>
        {inDesktopApp ? `Save actions (${extension})…` : `Export actions (${extension})`}
      </button>
      <ExportResult outcome={outcome} />
    </section>
  )
}

/** The live region is always there, so what lands in it is announced. */
const ExportResult = ({ outcome }: { outcome: Outcome }) => (
  <>
    <div role="status" className="export-result">
      {outcome.step === 'busy' && <p>Writing the file…</p>}
      {outcome.step === 'done' &&
        (outcome.path ? (
          <p className="notice notice-success">
            Saved to <code className="saved-path">{outcome.path}</code>
          </p>
        ) : (
          <p>Not saved: the save dialog was closed.</p>
        ))}
    </div>
    {outcome.step === 'failed' && <ErrorNotice error={outcome.error} title="Not exported." />}
  </>
)

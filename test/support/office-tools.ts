import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

/**
 * LibreOffice headless opens a spreadsheet as a person's copy would and saves it as CSV: what
 * it shows is what a consultant sees. A throwaway profile keeps runs independent.
 */
export const libreOfficeCsv = (path: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'lo-'))
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        // Comma-separated, quoted, UTF-8 (76), cells as shown on screen (the formatted dates).
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true',
        '--outdir',
        dir,
        path,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    )
    return readFileSync(join(dir, basename(path).replace(/\.[^.]+$/, '.csv')), 'utf8')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Debian's Python with its icalendar package, reading an .ics the way many calendar tools do. */
export const pythonIcalEvents = (ics: string) =>
  JSON.parse(
    execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        [
          'import sys, json, icalendar',
          'cal = icalendar.Calendar.from_ical(sys.stdin.read())',
          'print(json.dumps([{"uid": str(e["UID"]), "sequence": int(e.get("SEQUENCE", 0)),',
          '  "start": e.decoded("DTSTART").isoformat(), "summary": str(e["SUMMARY"]),',
          '  "attendees": [str(a) for a in (e.get("ATTENDEE") if isinstance(e.get("ATTENDEE"), list) else [e.get("ATTENDEE")] if e.get("ATTENDEE") else [])]}',
          '  for e in cal.walk("VEVENT")]))',
        ].join('\n'),
      ],
      { input: ics, encoding: 'utf8' },
    ),
  ) as { uid: string; sequence: number; start: string; summary: string; attendees: string[] }[]

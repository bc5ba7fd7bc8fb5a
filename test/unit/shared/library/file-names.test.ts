import { describe, expect, it } from 'vitest'
import { localDay, localMinute, safeFileName } from '../../../../shared/library/file-names'

const bytes = (text: string) => new TextEncoder().encode(text).length

describe('safeFileName', () => {
  it('turns every character Windows refuses into a space', () => {
    expect(safeFileName('Ørsted & Co: Nord/Süd', 'x')).toBe('Ørsted & Co Nord Süd')
    expect(safeFileName('a\\b/c:d*e?f"g<h>i|j', 'x')).toBe('a b c d e f g h i j')
  })

  it('turns control characters into spaces, tabs and line breaks included', () => {
    expect(safeFileName('Line\none\ttwo\u0000three\u007fend', 'x')).toBe('Line one two three end')
  })

  it('collapses runs of whitespace and trims both ends', () => {
    expect(safeFileName('  Acme   Corp \u00a0 Q2  ', 'x')).toBe('Acme Corp Q2')
  })

  it('drops the trailing dots and spaces Windows would drop', () => {
    expect(safeFileName('Acme Inc. ...', 'x')).toBe('Acme Inc')
  })

  it('keeps names of other scripts and emoji as they are', () => {
    expect(safeFileName('株式会社 さくら 🌸', 'x')).toBe('株式会社 さくら 🌸')
    expect(safeFileName('דוד לוי', 'x')).toBe('דוד לוי')
  })

  it('caps the length in bytes without cutting a character in half', () => {
    expect(safeFileName('a'.repeat(500), 'x')).toBe('a'.repeat(180))
    const cjk = safeFileName('株'.repeat(100), 'x')
    expect(cjk).toBe('株'.repeat(60))
    const emoji = safeFileName(`${'a'.repeat(178)}🌸🌸`, 'x')
    expect(emoji).toBe('a'.repeat(178))
    expect(bytes(safeFileName('🌸'.repeat(100), 'x'))).toBe(180)
  })

  it('does not end on a space left by the cut', () => {
    expect(safeFileName(`${'a'.repeat(179)} b`, 'x')).toBe('a'.repeat(179))
  })

  it('falls back to the given default when nothing usable is left', () => {
    expect(safeFileName('', 'Smartketing export')).toBe('Smartketing export')
    expect(safeFileName(' :/?* \n ', 'Smartketing export')).toBe('Smartketing export')
    expect(safeFileName('...', 'Smartketing export')).toBe('Smartketing export')
  })

  it('keeps Windows device names from being the whole name', () => {
    expect(safeFileName('CON', 'x')).toBe('CON_')
    expect(safeFileName('lpt1', 'x')).toBe('lpt1_')
    expect(safeFileName('Console', 'x')).toBe('Console')
  })
})

describe('local dates in names and messages', () => {
  it('writes the day and minute as the local clock shows them', () => {
    const d = new Date(2026, 10, 3, 7, 5, 59)
    expect(localDay(d)).toBe('2026-11-03')
    expect(localMinute(d)).toBe('2026-11-03 07:05')
  })

  it('uses the local calendar day, not the UTC one', () => {
    const zone = process.env['TZ']
    process.env['TZ'] = 'Pacific/Auckland'
    try {
      // 09:00 on 2 March in Auckland is still 1 March in UTC.
      const morning = new Date('2026-03-01T20:00:00.000Z')
      expect(localDay(morning)).toBe('2026-03-02')
      expect(localMinute(morning)).toBe('2026-03-02 09:00')
    } finally {
      if (zone === undefined) delete process.env['TZ']
      else process.env['TZ'] = zone
    }
  })
})

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chosenPath, saveDialogOptions } from '../../../../../electron/main/policy/save-dialog'

describe('the save dialog', () => {
  it('offers each export with its own title and filter, in the documents folder', () => {
    expect(saveDialogOptions('Acme goal sheets.pdf', '/home/ana/Documents')).toEqual({
      title: 'Save the PDF',
      defaultPath: join('/home/ana/Documents', 'Acme goal sheets.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    })
    expect(saveDialogOptions('Acme.smartketing.json', '/d').filters).toEqual([
      { name: 'Smartketing Workshop export', extensions: ['json'] },
    ])
    expect(saveDialogOptions('reviews.ICS', '/d').title).toBe('Save the calendar')
    expect(saveDialogOptions('notes', '/d')).toMatchObject({ title: 'Save the file', filters: [] })
  })

  it('answers null when the person cancelled', () => {
    expect(chosenPath({ canceled: true, filePath: '/x.pdf' })).toBeNull()
    expect(chosenPath({ canceled: false, filePath: '' })).toBeNull()
    expect(chosenPath({ canceled: false, filePath: '/x.pdf' })).toBe('/x.pdf')
  })
})

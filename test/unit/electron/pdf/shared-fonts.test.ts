import { describe, expect, it } from 'vitest'
import { renderPdf } from '../../../../electron/pdf/render'
import { allText, fonts, qpdfCheck, savePdf, squash } from '../../../support/pdf-tools'
import { personal } from '../../../support/sheet-fixtures'

/** A sheet whose title is `name`, saved and checked: a valid file with every font embedded. */
const sheetFor = async (file: string, name: string) => {
  const { pdf } = await renderPdf({
    sheets: [{ ...personal(name, 'member-x'), commitment: `Commitment of ${name}.` }],
    pageSize: 'A4',
    title: file,
  })
  const path = savePdf(file, pdf)
  expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors')
  for (const f of fonts(path)) expect(f.embedded, `${f.name} is not embedded`).toBe(true)
  return { path, size: pdf.length }
}

// Font files and text operators are kept between documents: each document must still read as its
// own text, whether its glyphs are all in the shared Latin base or some lie outside it.
describe('fonts shared between documents', { timeout: 60_000 }, () => {
  it('keeps every document’s own text when documents reuse font files made for earlier ones', async () => {
    const names = [
      'Office Field Ltd', // only base glyphs, with the "ffi" and "fi" ligatures
      'Nguyễn Đặng', // Vietnamese letters outside the base
      'Șerban Țuțea', // other letters outside the base (Latin Extended-B)
      'Nguyễn Đặng', // the same glyphs again: the font file made for the second sheet
      'Office Field Ltd',
    ]
    const sizes: number[] = []
    for (const [i, name] of names.entries()) {
      const { path, size } = await sheetFor(`shared-fonts-${i}`, name)
      sizes.push(size)
      const text = squash(allText(path))
      expect(text).toContain(name)
      expect(text).toContain(`Commitment of ${name}.`)
      // Nothing of another sheet's name leaks in through a shared font's character map.
      for (const other of names.filter((n) => n !== name))
        expect(text).not.toContain(other.split(' ')[0])
    }
    expect(sizes[3]).toBe(sizes[1])
  })
})

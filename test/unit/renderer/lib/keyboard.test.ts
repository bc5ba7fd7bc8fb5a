import { describe, expect, it } from 'vitest'
import { typingInto } from '../../../../renderer/lib/keyboard'

const element = (html: string) => {
  const host = document.createElement('div')
  host.innerHTML = html
  return host.firstElementChild as HTMLElement
}

describe('typingInto', () => {
  it('treats text fields, text areas, selects and editable text as typing', () => {
    for (const html of [
      '<input>',
      '<input type="email">',
      '<input type="number">',
      '<textarea></textarea>',
      '<select></select>',
    ])
      expect(typingInto(element(html)), html).toBe(true)
    const editable = element('<div contenteditable="true"></div>')
    Object.defineProperty(editable, 'isContentEditable', { value: true })
    expect(typingInto(editable)).toBe(true)
  })

  it('lets shortcuts through from buttons, checkboxes, radios, links and the page itself', () => {
    for (const html of [
      '<button></button>',
      '<input type="checkbox">',
      '<input type="radio">',
      '<input type="submit">',
      '<a href="#x">x</a>',
    ])
      expect(typingInto(element(html)), html).toBe(false)
    expect(typingInto(null)).toBe(false)
    expect(typingInto(window)).toBe(false)
  })
})

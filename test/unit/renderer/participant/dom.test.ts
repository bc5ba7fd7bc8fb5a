import { describe, expect, it } from 'vitest'
import { h, replace } from '../../../../renderer/participant/dom'

/** The nodes taken out of `holder` while `change` runs, even if they were put back. */
const removedDuring = async (holder: HTMLElement, change: () => void) => {
  const removed: Node[] = []
  const observer = new MutationObserver((records) => {
    for (const r of records) removed.push(...r.removedNodes)
  })
  observer.observe(holder, { childList: true })
  change()
  await Promise.resolve()
  removed.push(...observer.takeRecords().flatMap((r) => [...r.removedNodes]))
  observer.disconnect()
  return removed
}

describe('replace on the phone page', () => {
  it('leaves the form being typed in where it is when a part above or below it is rebuilt', async () => {
    const holder = h('main')
    document.body.append(holder)
    const field = h('textarea')
    const form = h('form', {}, field, h('button', { type: 'submit' }, 'Send proposal'))
    const voting = h('section', {}, 'Vote')
    const board = h('section', {}, 'On the board (1)')
    replace(holder, voting, form, board)
    field.focus()

    const newBoard = h('section', {}, 'On the board (2)')
    const removed = await removedDuring(holder, () => replace(holder, null, form, newBoard))

    expect(removed).toEqual([voting, board])
    expect([...holder.childNodes]).toEqual([form, newBoard])
    expect(document.activeElement).toBe(field)
    holder.remove()
  })

  it('puts new parts in order and drops the ones no longer shown', () => {
    const holder = h('main')
    const [a, b, c] = [h('p', {}, 'a'), h('p', {}, 'b'), h('p', {}, 'c')]
    replace(holder, a, c)
    replace(holder, a, b, 'text', c)
    expect([...holder.childNodes].map((n) => n.textContent)).toEqual(['a', 'b', 'text', 'c'])
    replace(holder, c)
    expect([...holder.childNodes]).toEqual([c])
  })
})

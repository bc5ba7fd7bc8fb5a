import { describe, expect, it } from 'vitest'
import { boardList } from '../../../../renderer/participant/sections'

const card = (id: string, text: string) => ({
  id,
  text,
  kind: 'continue' as const,
  tag: 'joint' as const,
})

describe('the board on the phone page', () => {
  it('keeps the rows of unchanged cards, makes new ones only for new or edited cards, and drops the rest', () => {
    const board = boardList()
    board.update([card('a', 'Weekly call'), card('b', 'Shared calendar')])
    const [weekly, shared] = [...board.element.querySelectorAll('li')]
    board.update([
      card('c', 'Win–loss notes 📝'),
      card('a', 'Weekly call'),
      card('b', 'One calendar'),
    ])
    const rows = [...board.element.querySelectorAll('li')]
    expect(rows.map((r) => r.textContent)).toEqual([
      'Win–loss notes 📝',
      'Weekly call',
      'One calendar',
    ])
    expect(rows[1]).toBe(weekly)
    expect(rows[2]).not.toBe(shared)
    expect(board.element.querySelector('h2')?.textContent).toBe('On the board (3)')
    board.update([])
    expect(board.element.querySelectorAll('li')).toHaveLength(0)
    expect(board.element.textContent).toContain('Nothing yet.')
  })
})

import { describe, expect, it } from 'vitest'
import type { KeyPress } from '../../../../../renderer/features/session/keymap'
import { commandFor, focusKind } from '../../../../../renderer/features/session/keymap'

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe('console keys', () => {
  it('leaves typing alone, but Esc and F5 always reach the console', () => {
    expect(commandFor(key(' '), 'text')).toBeNull()
    expect(commandFor(key('b'), 'text')).toBeNull()
    expect(commandFor(key('Escape'), 'text')).toBe('escape')
    expect(commandFor(key('F5'), 'text')).toBe('present')
    expect(commandFor(key('F5', { shiftKey: true }), 'other')).toBe('present')
  })

  it('works on a focused dropdown, except the keys that choose its option', () => {
    expect(commandFor(key('b'), 'select')).toBe('toggleBlank')
    expect(commandFor(key(' '), 'select')).toBe('toggle')
    expect(commandFor(key('ArrowRight'), 'select')).toBe('next')
    expect(commandFor(key('ArrowDown'), 'select')).toBeNull()
    expect(commandFor(key('ArrowDown'), 'other')).toBe('pageNext')
  })

  it('speaks presentation software: B and . black, W and , white, PageDown next', () => {
    expect(['b', 'B', '.'].map((k) => commandFor(key(k), 'other'))).toEqual(
      Array(3).fill('toggleBlank'),
    )
    expect(['w', 'W', ','].map((k) => commandFor(key(k), 'other'))).toEqual(
      Array(3).fill('toggleWhite'),
    )
    expect(commandFor(key('PageDown'), 'other')).toBe('next')
    expect(commandFor(key('PageUp'), 'other')).toBe('previous')
  })

  it('undoes with Ctrl or ⌘ Z outside text fields, and ignores other modified keys', () => {
    expect(commandFor(key('z', { ctrlKey: true }), 'other')).toBe('undo')
    expect(commandFor(key('z', { metaKey: true }), 'select')).toBe('undo')
    expect(commandFor(key('z', { ctrlKey: true }), 'text')).toBeNull()
    expect(commandFor(key('b', { ctrlKey: true }), 'other')).toBeNull()
  })

  it('tells text fields from dropdowns and buttons', () => {
    const el = (tag: string, type?: string) => {
      const e = document.createElement(tag)
      if (type) (e as HTMLInputElement).type = type
      return e
    }
    expect(focusKind(el('input', 'text'))).toBe('text')
    expect(focusKind(el('input', 'date'))).toBe('text')
    expect(focusKind(el('textarea'))).toBe('text')
    expect(focusKind(el('select'))).toBe('select')
    expect(focusKind(el('input', 'checkbox'))).toBe('other')
    expect(focusKind(el('button'))).toBe('other')
    expect(focusKind(null)).toBe('other')
  })
})

import { describe, expect, it } from 'vitest'
import type { Handlers } from '../../../../electron/services/handlers/types'
import { warmFirstAnswers } from '../../../../electron/services/warm-answers'

describe('answers prepared while the first window loads', () => {
  it('asks once for everything the first screen asks for, and a failing one stops nothing', async () => {
    const asked: string[] = []
    const handler = (name: string) => async () => {
      asked.push(name)
      if (name === 'settings:formats') throw new Error('the disk went away')
      return name === 'clients:list' ? [] : {}
    }
    const handlers = new Proxy({}, { get: (_, name) => handler(String(name)) }) as Handlers
    await expect(warmFirstAnswers(handlers)).resolves.toBeUndefined()
    expect(asked.sort()).toEqual([
      'clients:list',
      'library:health',
      'settings:formats',
      'settings:get',
    ])
  })
})

import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ClientFile } from '../../shared/library/client'
import { CLIENT_SCHEMA_VERSION } from '../../shared/library/client'
import { prng } from './prng'

const FIRST = ['Nord', 'Sol', 'Alpen', 'Blue', 'Kvarn', 'Rio', 'Atlas', 'Vento', 'Lumen', 'Terra']
const SECOND = [
  'licht',
  'werk',
  'haven',
  'stone',
  'field',
  'mark',
  'bridge',
  'line',
  'port',
  'gate',
]
const SUFFIX = ['GmbH', 'Ltd', 'SA', 'AB', 'Oy', 'BV', 'Inc.', 'S.r.l.', 'A/S', 'Kft.']
const INDUSTRY = ['Freight', 'Software', 'Dairy', 'Retail', 'Insurance', 'Printing', 'Energy']

/**
 * A client for every index: varied names, industries, member counts and dates, seeded so a run can
 * be repeated. `special` are placed among them at even spacing, for a test to look for.
 */
export const generatedClients = (
  count: number,
  special: string[] = [],
  seed = 17,
): ClientFile[] => {
  const random = prng(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const spacing = Math.max(1, Math.floor(count / (special.length + 1)))
  return Array.from({ length: count }, (_, i) => {
    const at = (i + 1) / spacing - 1
    const isSpecial = Number.isInteger(at) && at < special.length
    const name = isSpecial ? special[at]! : `${pick(FIRST)}${pick(SECOND)} ${pick(SUFFIX)} ${i + 1}`
    const created = Date.UTC(2016, 0, 1) + Math.floor(random() * 3_600) * 86_400_000
    const updated = created + Math.floor(random() * 400) * 86_400_000
    const members = Math.floor(random() * 4)
    return {
      schemaVersion: CLIENT_SCHEMA_VERSION,
      id: `client-g${String(i).padStart(6, '0')}`,
      name,
      industry: pick(INDUSTRY),
      notes: '',
      archived: !isSpecial && random() < 0.1,
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(updated).toISOString(),
      revision: 1,
      members: Array.from({ length: members }, (_, m) => ({
        id: `member-g${String(i).padStart(6, '0')}-${m}`,
        name: `Person ${m + 1}`,
        department: pick(['sales', 'marketing', 'management', 'other'] as const),
        role: '',
        email: '',
        phone: '',
      })),
    }
  })
}

/** Writes the clients into `dataDir/clients/` as the app saves them (no index: the app builds it). */
export const writeClients = async (dataDir: string, clients: readonly ClientFile[]) => {
  const folder = join(dataDir, 'clients')
  await mkdir(folder, { recursive: true })
  for (let i = 0; i < clients.length; i += 200)
    await Promise.all(
      clients
        .slice(i, i + 200)
        .map((c) => writeFile(join(folder, `${c.id}.json`), JSON.stringify(c, null, 2) + '\n')),
    )
}

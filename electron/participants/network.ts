import type { NetworkInterfaceInfo } from 'node:os'
import { networkInterfaces } from 'node:os'
import type { NetworkChoice } from '../../shared/participants/facilitator'

/** RFC 1918: the addresses a room's Wi-Fi or a laptop's hotspot hands out. */
export const isPrivateIPv4 = (address: string): boolean => {
  const [a, b] = address.split('.').map(Number)
  if (a === undefined || b === undefined) return false
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
}

export const LOOPBACK: NetworkChoice = {
  address: '127.0.0.1',
  label: '127.0.0.1 — this computer only',
}

/**
 * Where the participant server may listen: the machine's private IPv4 addresses, then loopback.
 * Public addresses are never offered: the server is for the room, not the internet.
 */
export const networkChoices = (
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): NetworkChoice[] => {
  const found = Object.entries(interfaces).flatMap(([name, infos]) =>
    (infos ?? [])
      .filter((i) => i.family === 'IPv4' && !i.internal && isPrivateIPv4(i.address))
      .map((i) => ({ address: i.address, label: `${i.address} — ${name}` })),
  )
  return [...found, LOOPBACK]
}

export const isOfferedAddress = (address: string) =>
  networkChoices().some((c) => c.address === address)

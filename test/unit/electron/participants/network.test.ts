import { describe, expect, it } from 'vitest'
import { isPrivateIPv4, LOOPBACK, networkChoices } from '../../../../electron/participants/network'

const nic = (address: string, family: 'IPv4' | 'IPv6' = 'IPv4', internal = false) => ({
  address,
  family,
  internal,
  netmask: '255.255.255.0',
  mac: '00:00:00:00:00:00',
  cidr: null,
})

describe('network choices for team devices', () => {
  it('offers private IPv4 addresses and loopback, never a public or IPv6 address', () => {
    const choices = networkChoices({
      wlan0: [nic('192.168.1.23'), nic('fe80::1', 'IPv6')],
      eth0: [nic('203.0.113.9')],
      hotspot: [nic('10.42.0.1')],
      docker: [nic('172.17.0.1')],
      lo: [nic('127.0.0.1', 'IPv4', true)],
    } as never)
    expect(choices.map((c) => c.address)).toEqual([
      '192.168.1.23',
      '10.42.0.1',
      '172.17.0.1',
      '127.0.0.1',
    ])
    expect(choices.at(-1)).toEqual(LOOPBACK)
  })

  it('knows the RFC 1918 ranges', () => {
    expect(isPrivateIPv4('172.31.255.1')).toBe(true)
    expect(isPrivateIPv4('172.32.0.1')).toBe(false)
    expect(isPrivateIPv4('8.8.8.8')).toBe(false)
  })
})

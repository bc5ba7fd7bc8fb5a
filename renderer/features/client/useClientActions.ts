import type { ClientFile, Member, MemberFields } from '../../../shared/library/client'
import { useToast } from '../../components/Toasts'
import { api } from '../../lib/api'
import { navigate } from '../../lib/router'

/** The client page's commands, each with the undo a facilitator expects after a slip. */
export const useClientActions = (client: ClientFile) => {
  const toast = useToast()
  const clientId = client.id
  const failed = (message: string) => toast({ message, tone: 'error' })

  return {
    addMember: async (member: MemberFields) => {
      const r = await api.call('members:add', { clientId, member })
      return r.ok ? null : r.error
    },
    saveMember: async (memberId: string, member: MemberFields) => {
      const r = await api.call('members:update', { clientId, memberId, member })
      if (r.ok) toast({ message: `Saved ${r.value.name}.` })
      return r.ok ? null : r.error
    },
    removeMember: async (member: Member) => {
      const r = await api.call('members:remove', { clientId, memberId: member.id })
      if (!r.ok) return failed(r.error.message)
      toast({
        message: `Removed ${member.name}.`,
        action: {
          label: 'Undo',
          run: async () => {
            const back = await api.call('members:restore', {
              clientId,
              member: r.value.member,
              index: r.value.index,
            })
            if (!back.ok) failed(back.error.message)
          },
        },
      })
    },
    setArchived: async (archived: boolean) => {
      const r = await api.call('clients:setArchived', { clientId, archived })
      if (!r.ok) return failed(r.error.message)
      toast({ message: archived ? `Archived ${client.name}.` : `${client.name} is active again.` })
    },
    deleteClient: async () => {
      const r = await api.call('clients:delete', { clientId })
      if (!r.ok) return failed(r.error.message)
      navigate({ screen: 'library' })
      toast({
        message: `Deleted ${r.value.name}.`,
        action: {
          label: 'Undo',
          run: async () => {
            const back = await api.call('clients:undelete', { clientId })
            if (back.ok) navigate({ screen: 'client', clientId })
            else failed(back.error.message)
          },
        },
      })
    },
  }
}

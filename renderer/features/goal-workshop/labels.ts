import type { ActivityKind, ActivityTag } from '../../../shared/workshop/workshop'

export const KIND_LABELS: Record<ActivityKind, string> = {
  continue: 'Continue',
  stop: 'Stop',
  improve: 'Improve',
}
export const KIND_HINTS: Record<ActivityKind, string> = {
  continue: 'What works and should keep going (or start)',
  stop: 'What wastes time or works against the other team',
  improve: 'What is worth doing, but better',
}
export const TAG_LABELS: Record<ActivityTag, string> = {
  sales: 'Sales',
  marketing: 'Marketing',
  joint: 'Joint',
}
export const KINDS: ActivityKind[] = ['continue', 'stop', 'improve']
export const TAGS: ActivityTag[] = ['sales', 'marketing', 'joint']

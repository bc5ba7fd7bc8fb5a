import type { ReactNode } from 'react'

export const EmptyState = ({ title, children }: { title: string; children: ReactNode }) => (
  <section className="empty-state" aria-label={title}>
    <h2>{title}</h2>
    <div>{children}</div>
  </section>
)

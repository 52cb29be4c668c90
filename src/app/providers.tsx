import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { ErrorBoundary } from './ErrorBoundary'

export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  // One client per mounted app (tests mount many), created once per mount.
  const [queryClient] = useState(() => client ?? new QueryClient())
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ErrorBoundary>
  )
}

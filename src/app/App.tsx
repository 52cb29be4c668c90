import { useEffect } from 'react'
import { useDataset } from '../data/dataset'
import { dropUnknownIds } from '../store/sanitize'
import { startUrlSync } from '../store/url-sync'
import { AppLayout } from './AppLayout'
import { DataProblems } from './DataProblems'
import { Providers } from './providers'

export function App() {
  return (
    <Providers>
      <Explorer />
    </Providers>
  )
}

function Explorer() {
  const { data, error, isPending, refetch } = useDataset()
  useEffect(() => startUrlSync(), [])
  useEffect(() => {
    if (data) dropUnknownIds(data)
  }, [data])

  if (error) return <DataProblems error={error} onRetry={() => void refetch()} />
  if (isPending)
    return (
      <p className="loading" role="status">
        Loading the article's data…
      </p>
    )
  return <AppLayout data={data} />
}

import { useEffect } from 'react'
import { useDataset } from '../data/dataset'
import { keepKnownIds } from '../store/known-ids'
import { startUrlSync } from '../store/url-sync'
import { AppLayout } from './AppLayout'
import { DataProblems } from './DataProblems'
import { Providers } from './providers'
import { UpdateNotice } from './UpdateNotice'

export function App() {
  return (
    <Providers>
      <Explorer />
      <UpdateNotice />
    </Providers>
  )
}

function Explorer() {
  const { data, error, isFetching, refetch } = useDataset()
  useEffect(() => startUrlSync(), [])
  useEffect(() => (data ? keepKnownIds(data) : undefined), [data])

  // "Try again" refetches with the failed result still in hand: show the attempt, not the old failure.
  if (error && !isFetching) return <DataProblems error={error} onRetry={() => void refetch()} />
  // The layout is drawn before the data arrives (the map starts loading its basemap at once, and
  // nothing moves when the panels fill in); it says "Loading…" where the data will go.
  return <AppLayout data={data} />
}

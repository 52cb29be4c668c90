import { useEffect, useLayoutEffect } from 'react'
import { useDataset } from '../data/dataset'
import { keepKnownIds } from '../store/known-ids'
import { startLayoutStorage } from '../store/layout-storage'
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
  // Before the first paint, so a phone does not show the desktop's panels for a frame.
  useLayoutEffect(() => startLayoutStorage(), [])
  useEffect(() => (data ? keepKnownIds(data) : undefined), [data])

  // "Try again" refetches with the failed result still in hand: show the attempt, not the old failure.
  if (error && !isFetching) return <DataProblems error={error} onRetry={() => void refetch()} />
  // The layout is drawn before the data arrives (nothing moves when the panels fill in); it says
  // "Loading…" where the data will go. The map's code is asked for once the data is drawn (MapColumn).
  return <AppLayout data={data} />
}

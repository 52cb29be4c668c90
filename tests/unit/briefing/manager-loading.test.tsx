import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { knownQuotations } from '../../../src/data/briefing-checks'
import { ManagerView } from '../../../src/features/briefing/editor/ManagerView'
import type { Catalogue } from '../../../src/features/briefing/runtime/catalogue'
import { realDataset } from '../builders'

function catalogue(ready: boolean): Catalogue {
  const data = realDataset()
  return {
    list: [],
    get: () => undefined,
    isShipped: () => false,
    ready,
    shippedProblems: null,
    context: ready ? { refs: data, known: knownQuotations(data, []) } : null,
  }
}

describe('the briefings dialog before its briefings have arrived', () => {
  it('says the list is still filling, and takes a file only once there is data to check it against', () => {
    const { rerender } = render(<ManagerView catalogue={catalogue(false)} />)
    // Still arriving (a slow machine, the dialog opened at once): the list says it is busy, and the
    // control waits rather than take the file only to refuse it.
    expect(screen.getByRole('list')).toHaveAttribute('aria-busy', 'true')
    expect(screen.getByLabelText('Import a briefing file…')).toBeDisabled()
    rerender(<ManagerView catalogue={catalogue(true)} />)
    expect(screen.getByRole('list')).toHaveAttribute('aria-busy', 'false')
    expect(screen.getByLabelText('Import a briefing file…')).toBeEnabled()
  })
})

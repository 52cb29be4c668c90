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

describe('importing a briefing file', () => {
  it('takes a file only once the article’s data is there to check it against', () => {
    const { rerender } = render(<ManagerView catalogue={catalogue(false)} />)
    // Still arriving (a slow machine, the dialog opened at once): the control waits, it does not
    // take the file only to refuse it.
    expect(screen.getByLabelText('Import a briefing file…')).toBeDisabled()
    rerender(<ManagerView catalogue={catalogue(true)} />)
    expect(screen.getByLabelText('Import a briefing file…')).toBeEnabled()
  })
})

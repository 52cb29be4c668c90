import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ConfidenceBadge } from '../../../src/components/ConfidenceBadge'
import { Quote, quoted } from '../../../src/components/Quote'
import { StatusBadge } from '../../../src/components/StatusBadge'
import { WhenLabel } from '../../../src/components/WhenLabel'
import { Legend } from '../../../src/features/legend/Legend'
import { realDataset } from '../builders'

describe('shared pieces', () => {
  it('a quotation is a blockquote in the article’s exact words, cited by paragraph', () => {
    render(
      <Quote
        quote={{ text: 'Bilateral ties were strong in Soviet times.', paragraph: 6 }}
        confidence="stated"
      />,
    )
    const words = screen.getByText('Bilateral ties were strong in Soviet times.')
    expect(words.closest('blockquote')).not.toBeNull()
    expect(screen.getByRole('figure')).toHaveTextContent('— The Interpreter, paragraph ¶6')
    expect(screen.getByText('Stated')).toHaveAttribute('title', 'The article states this as fact.')
  })

  it('marks nest: single outside words that carry the article’s own double marks', () => {
    const { container } = render(
      <>
        <Quote
          quote={{ text: 'describing relations as Pyongyang’s “top priority”', paragraph: 9 }}
        />
        <Quote quote={{ text: 'Bilateral ties were strong in Soviet times.', paragraph: 6 }} />
      </>,
    )
    const [nested, plain] = [...container.querySelectorAll('blockquote')].map((q) => q.textContent)
    // The words exactly as the article has them, between marks of the other kind.
    expect(nested).toBe('‘describing relations as Pyongyang’s “top priority”’')
    expect(plain).toBe('“Bilateral ties were strong in Soviet times.”')
  })

  it('plain-text quotations (presenter view, stop editor) nest their marks the same way', () => {
    expect(quoted('Pyongyang’s “top priority”')).toBe('‘Pyongyang’s “top priority”’')
    expect(quoted('Bilateral ties were strong.')).toBe('“Bilateral ties were strong.”')
  })

  it('paragraph 0 is cited as the photo caption', () => {
    render(<Quote quote={{ text: 'at a North Korean arms exhibition, July 2023', paragraph: 0 }} />)
    expect(screen.getByRole('figure')).toHaveTextContent('— The Interpreter, photo caption')
  })

  it('a confidence badge says its grade in words, for screen readers too', () => {
    render(<ConfidenceBadge confidence="claimed" />)
    expect(screen.getByText("A party's claim").parentElement).toHaveTextContent(
      "Confidence: A party's claim (What one of the parties says, quoted by the article.)",
    )
  })

  // Keyboard operation of <summary> is native in browsers (checked there); jsdom only implements the click.
  it('a compact date opens its inference on demand', async () => {
    const user = userEvent.setup()
    render(
      <WhenLabel
        when={{
          kind: 'point',
          date: '2023-09',
          inferred: "'In September' in a late-2023 article.",
        }}
      />,
    )
    expect(screen.getByText('September 2023')).toHaveAttribute('datetime', '2023-09')
    const why = screen.getByText("'In September' in a late-2023 article.")
    expect(why).not.toBeVisible()
    const summary = screen.getByText(/inferred/, { selector: 'summary' })
    expect(summary).toHaveTextContent('inferred date: why')
    await user.click(summary)
    expect(why).toBeVisible()
  })

  it('an undated item says "Undated" and why', () => {
    render(
      <WhenLabel when={{ kind: 'undated', note: 'The article gives no dates.' }} variant="full" />,
    )
    expect(screen.getByText('Undated')).toBeInTheDocument()
    expect(screen.getByText('The article gives no dates.')).toBeVisible()
  })

  it('a status badge says in words that a plan came to nothing', () => {
    render(<StatusBadge status="never-built" />)
    expect(screen.getByText('Planned; came to nothing').closest('.badge')).toHaveTextContent(
      'Status: Planned; came to nothing',
    )
  })

  it('the legend names every state, marker, line style and confidence grade', () => {
    const data = realDataset()
    render(<Legend data={data} />)
    expect(screen.getByRole('heading', { level: 2, name: 'Legend' })).toBeInTheDocument()
    for (const s of data.actors.filter((a) => a.kind === 'state' && !a.state))
      expect(screen.getByText(s.name)).toBeInTheDocument()
    expect(screen.queryByText('Soviet Union')).not.toBeInTheDocument()
    expect(screen.getByText(/Wanted; no delivery reported/)).toBeInTheDocument()
    expect(screen.getByText(/Arrowheads point the way things move./)).toBeInTheDocument()
    // The tags the map prints, in words, from the flows themselves, under their kind.
    const tags = [...document.querySelectorAll('.legend__tag')].map((t) => t.textContent)
    expect(tags.sort()).toEqual([...new Set(data.flows.map((f) => f.tag))].sort())
    expect(screen.getByText('Satellite tech').closest('li')).toHaveTextContent(
      'Technology: Satellite tech',
    )
    expect(screen.getByText(/A country as a whole \(no place named\)/)).toBeInTheDocument()
    expect(screen.getByText("Author's judgement")).toBeInTheDocument()
  })
})

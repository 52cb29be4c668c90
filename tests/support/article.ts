/**
 * The article as numbered paragraphs, read from the shared seed beside the repository, so tests can check
 * that every quotation is verbatim and sits in the paragraph it claims. The app itself never ships the
 * article's full text, only the short quotations in data/.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const ARTICLE_PATH =
  process.env.ARTICLE_PATH ??
  resolve(import.meta.dirname, '..', '..', '..', 'shared', 'seeds', '000_6680eb7447e9aca7.txt')

/** Display lines in the page that are not body paragraphs: two pull-quotes and two subheadings. */
const NOT_PARAGRAPHS = new Set([
  'Russia’s invasion of Ukraine last year proved a turning point.',
  'Pyongyang is keen to acquire Russian advanced weaponry and satellite technology',
  'What does North Korea want in return?',
  'What next, then?',
])

/** Typographic spaces (the article has a no-break space in "70th anniversary") compare as plain spaces. */
export const normaliseSpaces = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ')

/** Index 0 is the photo caption; 1..24 are the body paragraphs in reading order. */
export function articleParagraphs(): string[] {
  if (!existsSync(ARTICLE_PATH)) {
    throw new Error(
      `The article text was not found at ${ARTICLE_PATH}; set ARTICLE_PATH to the seed file.`,
    )
  }
  const lines = readFileSync(ARTICLE_PATH, 'utf8')
    .split('\n')
    .map((l) => normaliseSpaces(l.trim()))
    .filter(Boolean)
  const start = lines.findIndex((l) => l.startsWith('Recent steps towards closer'))
  const end = lines.findIndex((l) => l.startsWith('You may also be interested in'))
  const caption = lines.find((l) =>
    l.startsWith('North Korean leader Kim Jong-un and Russian Defence Minister'),
  )
  if (start < 0 || end < 0 || !caption)
    throw new Error(`${ARTICLE_PATH} does not look like the article`)
  return [caption, ...lines.slice(start, end).filter((l) => !NOT_PARAGRAPHS.has(l))]
}

/**
 * Splits a built chunk's text by the source file each part came from, using the chunk's source map.
 * Enough of the source map format (v3 "mappings", base64 VLQ) to attribute bytes; no dependency.
 */
const B64 = new Map(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]),
)

function decodeSegment(str) {
  const out = []
  let value = 0
  let shift = 0
  for (const ch of str) {
    const digit = B64.get(ch)
    if (digit === undefined) throw new Error(`bad source map character ${ch}`)
    value += (digit & 31) << shift
    if (digit & 32) {
      shift += 5
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return out
}

/**
 * @param {string} code the chunk as emitted
 * @param {{ sources: string[], mappings: string }} map its source map
 * @returns {Map<string, string>} source path (or '(generated)') -> the chunk text that came from it
 */
export function splitBySource(code, map) {
  const parts = new Map()
  const add = (key, text) => {
    if (!text) return
    const list = parts.get(key)
    if (list) list.push(text)
    else parts.set(key, [text])
  }
  const lines = code.split('\n')
  const mapLines = map.mappings.split(';')
  let src = 0
  // Text before a line's first mapping (the rest of a multi-line string or template, such as the
  // GLSL shaders inside maplibre-gl) belongs to the mapping that was open at the end of the line before.
  let open = null
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]
    const segs = []
    let col = 0
    for (const raw of (mapLines[li] ?? '').split(',')) {
      if (!raw) continue
      const f = decodeSegment(raw)
      col += f[0]
      if (f.length >= 4) {
        src += f[1]
        segs.push([col, map.sources[src]])
      } else segs.push([col, null])
    }
    if (segs.length === 0 || segs[0][0] > 0) segs.unshift([0, open])
    for (let i = 0; i < segs.length; i++) {
      const start = segs[i][0]
      const end = i + 1 < segs.length ? segs[i + 1][0] : line.length
      add(segs[i][1] ?? '(generated)', line.slice(start, end))
    }
    open = segs[segs.length - 1][1]
    add(open ?? '(generated)', li < lines.length - 1 ? '\n' : '')
  }
  return new Map([...parts].map(([k, v]) => [k, v.join('')]))
}

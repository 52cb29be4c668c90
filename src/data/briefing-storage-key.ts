/**
 * Where a person's own briefings are kept in this browser's localStorage (briefing-format.ts reads and
 * writes the entry). A module of its own so the first screen can ask whether there are any without
 * loading the format and its checks (features/briefing/BriefingLayer.tsx).
 */
export const STORAGE_KEY = 'rnk-explorer:briefings'

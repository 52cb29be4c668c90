/** Written by the offline build (scripts/vite-plugin-offline.ts): each shipped file's text by path. */
declare module 'virtual:rnk-shipped-files' {
  const files: Readonly<Record<string, string>>
  export default files
}

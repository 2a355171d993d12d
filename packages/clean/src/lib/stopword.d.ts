// The `stopword` package ships no type declarations: only its word lists are used here.
declare module 'stopword' {
  export const eng: string[]
  const lists: Record<string, unknown>
  export default lists
}

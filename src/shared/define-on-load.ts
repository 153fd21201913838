/**
 * How an entry defines its element when imported: at once (the npm entries),
 * so an app that imports one can use the element on the next line.
 * `define-on-load.cdn.ts` is the script-tag files' twin.
 */
export function defineOnLoad(define: () => void): void {
  define();
}

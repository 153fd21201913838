/**
 * How the script-tag files define each element: at once on a page that has
 * loaded, but in a task of its own while the page is still loading. A
 * `<script type="module">` runs in the parser's last task, which then lays out
 * the whole page: defining there would upgrade every element on the page in
 * that same long task. A page waits with `customElements.whenDefined(tag)`.
 */
export function defineOnLoad(define: () => void): void {
  const state = globalThis.document?.readyState;
  if (state === 'loading' || state === 'interactive') setTimeout(define);
  else define();
}

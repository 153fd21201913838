/**
 * career-compare/ssr: the elements rendered on a server with `@lit-labs/ssr`
 * (an optional dependency), for a blog's build or a site generator.
 *
 * ```js
 * import { preload, prerender } from 'career-compare/ssr';
 * await preload();
 * const page = await prerender('<career-table careers="29-1292 31-9091"></career-table>');
 * ```
 */
export { preload } from './preload.js';
export { prerender, scriptTag } from './prerender.js';
export type { PrerenderOptions } from './prerender.js';
export { structuredDataText } from '../core/structured-data.js';

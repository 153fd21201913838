/**
 * The script-tag file for prerendered pages (`npx career-compare render`):
 * Lit's hydration support, which must load before Lit itself, then every
 * element, as in career-compare.js. Elements with a server-rendered shadow
 * root reuse its nodes instead of rendering them again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './index.js';

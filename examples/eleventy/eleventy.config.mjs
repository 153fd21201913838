// An Eleventy site whose blog post server-renders career-compare's elements with Lit's
// Eleventy plugin: the HTML it writes holds each table's figures and chart, with
// declarative shadow DOM, and the hydrating script brings them to life in the browser.
//
//   npx @11ty/eleventy --config=examples/eleventy/eleventy.config.mjs
import { fileURLToPath } from 'node:url';
import litPlugin from '@lit-labs/eleventy-plugin-lit';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, {
    mode: 'worker',
    // Defines the elements and loads their data and strings before any page renders.
    componentModules: [here('components.mjs')],
  });
  // The hydrating script and the files it fetches from beside itself (occupations, strings).
  eleventyConfig.addPassthroughCopy({
    [here('../../dist/career-compare.hydrate.js')]: 'career-compare/career-compare.hydrate.js',
    [here('../../dist/occupations')]: 'career-compare/occupations',
    [here('../../dist/locales/es.json')]: 'career-compare/locales/es.json',
  });
  return {
    dir: { input: here('site'), output: here('_site'), includes: '_includes' },
    templateFormats: ['md', 'njk'],
  };
}

// Chart.js with every chart type, scale and plugin registered, as most
// projects import it; scripts/bench.mjs measures its size.
export { default as Chart } from 'chart.js/auto';

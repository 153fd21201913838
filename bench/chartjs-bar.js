// Chart.js with only what a bar chart needs registered (tree-shaken): the
// smallest Chart.js that draws the salary chart's figures. scripts/bench.mjs
// measures its size, and bench/render.js draws with it.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export { Chart };

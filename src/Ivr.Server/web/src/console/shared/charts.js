// Chart.js (bundled from npm, registered piece by piece so only what the console draws is shipped).
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);
Chart.defaults.font.family = '"Noto Sans KR", "Noto Sans CJK KR", system-ui, sans-serif';
Chart.defaults.color = '#1b1f24';
Chart.defaults.animation = false;

// Distinct colours, each at least 3:1 against white (WCAG non-text contrast).
const palette = ['#0b5cad', '#b3261e', '#1d6b34', '#8a4b00', '#6a3d9a', '#00727a', '#a0246b', '#4a5361', '#5c6b00', '#c0392b'];

export const colour = (index) => palette[index % palette.length];

const charts = new Map();

/** Draws (or redraws) the chart on the canvas; the previous chart on it is destroyed. */
export function drawChart(canvas, config) {
  charts.get(canvas)?.destroy();
  const chart = new Chart(canvas, { ...config, options: { responsive: true, maintainAspectRatio: false, ...config.options } });
  charts.set(canvas, chart);
  return chart;
}

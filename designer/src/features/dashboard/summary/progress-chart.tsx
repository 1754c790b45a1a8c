import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import type { ProgressWeek } from '../data/dashboard-api';
import { shortDate } from '../heatmap/cell-status';
import { progressSummary, weekLabel } from './progress-text';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

// NHS blue for the weekly bars, NHS dark green for the running total.
const weeklyColour = '#005eb8';
const totalColour = '#006747';

/** Tasks completed per week (bars) and in total (line), drawn by Chart.js, with the figures as a table too. */
export function ProgressChart({ weeks }: { weeks: readonly ProgressWeek[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    // jsdom (and very old browsers) have no 2D canvas; the table below still gives every figure.
    const context = canvas.current?.getContext('2d');
    if (!context) return undefined;
    const chart = new Chart(context, {
      data: {
        labels: weeks.map((w) => shortDate(w.weekStarting)),
        datasets: [
          { type: 'bar', label: 'Completed that week', data: weeks.map((w) => Number(w.completed)), backgroundColor: weeklyColour, yAxisID: 'y' },
          {
            type: 'line',
            label: 'Completed to date',
            data: weeks.map((w) => Number(w.completedToDate)),
            borderColor: totalColour,
            backgroundColor: totalColour,
            borderDash: [6, 4],
            yAxisID: 'total',
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          y: { beginAtZero: true, title: { display: true, text: 'That week' }, ticks: { precision: 0 } },
          total: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: 'To date' }, ticks: { precision: 0 } },
        },
      },
    });
    return () => {
      chart.destroy();
    };
  }, [weeks]);

  return (
    <figure className="pf-chart">
      <div className="pf-chart__canvas">
        <canvas ref={canvas} role="img" aria-label={progressSummary(weeks)} />
      </div>
      <figcaption className="nhsuk-body-s">{progressSummary(weeks)}</figcaption>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Show the figures as a table</span>
        </summary>
        <div className="nhsuk-details__text">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Tasks completed by week</caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">Week</th>
                <th scope="col">Completed that week</th>
                <th scope="col">Completed to date</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {weeks.map((w) => (
                <tr key={w.weekStarting}>
                  <th scope="row">{weekLabel(w)}</th>
                  <td>{String(w.completed)}</td>
                  <td>{String(w.completedToDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

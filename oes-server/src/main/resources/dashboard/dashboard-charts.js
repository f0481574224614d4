// Small line charts for the dashboard, drawn as SVG polylines: one point a second, the newest at
// the right edge, each chart scaled to its own maximum. Exposed as window.oesCharts.
'use strict';

(() => {
  const SVG = 'http://www.w3.org/2000/svg';
  // the charts' viewBox is 0 0 300 80; a margin keeps the lines off the border
  const WIDTH = 300;
  const BOTTOM = 78;
  const HEIGHT = 74;

  /** Milliseconds with the digits that matter at their size. */
  function format(ms) {
    return ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0);
  }

  /** "p50 / p99", or a dash for a second in which nothing was timed. */
  function pair(p50, p99) {
    return p50 === null ? '—' : format(p50) + ' / ' + format(p99);
  }

  /**
   * Draws each series ({key, className}) of the points ({epoch_second, ...}) over the last
   * `seconds` into `svg`, replacing what it showed.
   */
  function draw(svg, points, seconds, series) {
    const end = points.length ? points[points.length - 1].epoch_second : 0;
    let max = 0;
    for (const p of points) for (const s of series) if (p[s.key] !== null) max = Math.max(max, p[s.key]);
    const lines = [];
    for (const s of series) {
      // a second without samples breaks the line rather than drawing a false zero
      let segment = [];
      const flush = () => {
        if (segment.length) {
          const line = document.createElementNS(SVG, 'polyline');
          line.setAttribute('class', s.className);
          line.setAttribute('points', segment.join(' '));
          lines.push(line);
        }
        segment = [];
      };
      for (const p of points) {
        const value = p[s.key];
        if (value === null) {
          flush();
          continue;
        }
        const x = WIDTH - (end - p.epoch_second) * (WIDTH / seconds);
        const y = BOTTOM - (max > 0 ? (value / max) * HEIGHT : 0);
        segment.push(x.toFixed(1) + ',' + y.toFixed(1));
      }
      flush();
    }
    const title = document.createElementNS(SVG, 'title');
    title.textContent = 'maximum ' + format(max);
    svg.replaceChildren(title, ...lines);
  }

  window.oesCharts = { draw, pair, format };
})();

// One metric's recent history and forecast: the mean, its 80 % and 95 % intervals as bands (each a
// transparent lower line with the band's width stacked on it), the limit, and the predicted failure.
/* global echarts */

const BAND_95 = 'rgba(70, 120, 220, 0.15)';
const BAND_80 = 'rgba(70, 120, 220, 0.30)';

function band(name, stack, lower, upper, colour) {
  return [
    { name: `${name} lower`, type: 'line', stack, data: lower, symbol: 'none', lineStyle: { opacity: 0 }, silent: true },
    {
      name, type: 'line', stack, symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: colour }, itemStyle: { color: colour },
      data: upper.map((p, i) => [p[0], p[1] - lower[i][1]]),
    },
  ];
}

/**
 * @param metric one entry of GET /forecasts/{service}'s {@code metrics}
 * @param failureAt when the failure of this metric is predicted (ms since epoch), or null
 */
export function renderForecast(element, origin, metric, failureAt) {
  const t0 = Date.parse(origin);
  const stepMs = metric.stepSeconds * 1000;
  const n = metric.history.length;
  const history = metric.history.map((v, i) => [t0 - (n - 1 - i) * stepMs, v]);
  const at = p => t0 + p.step * stepMs;
  const pick = key => metric.points.map(p => [at(p), p[key]]);
  const marks = [];
  if (metric.limit != null) {
    marks.push({ yAxis: metric.limit, name: 'limit', label: { formatter: `limit ${metric.limit}` }, lineStyle: { color: '#d64541' } });
  }
  if (failureAt != null) {
    marks.push({ xAxis: failureAt, name: 'predicted failure', label: { formatter: 'predicted failure' }, lineStyle: { color: '#d64541', type: 'solid' } });
  }
  const chart = echarts.getInstanceByDom(element) || echarts.init(element);
  chart.setOption({
    animation: false,
    grid: { left: 60, right: 30, top: 40, bottom: 40 },
    legend: { data: ['observed', 'forecast', '80 % interval', '95 % interval'] },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: metric.metric, scale: true },
    series: [
      ...band('95 % interval', 'b95', pick('lo95'), pick('hi95'), BAND_95),
      ...band('80 % interval', 'b80', pick('lo80'), pick('hi80'), BAND_80),
      { name: 'observed', type: 'line', data: history, symbol: 'none', itemStyle: { color: '#333' }, connectNulls: false },
      {
        name: 'forecast', type: 'line', data: pick('mean'), symbol: 'none', itemStyle: { color: '#2f5fbf' }, lineStyle: { type: 'dashed' },
        markLine: { symbol: 'none', lineStyle: { type: 'dashed' }, data: marks },
      },
    ],
  }, true);
}

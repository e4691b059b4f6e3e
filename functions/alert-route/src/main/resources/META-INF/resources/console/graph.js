// The fleet as a dependency graph: dependants above what they depend on, nodes coloured by risk,
// critical edges solid and optional ones dashed.
/* global echarts */
import { COLOURS } from './risk.js';

/** Depth = longest chain of dependencies below a service; a cycle stops the walk. */
function depths(names, dependencies) {
  const below = new Map(names.map(n => [n, dependencies.filter(d => d.service === n).map(d => d.dependsOn)]));
  const memo = new Map();
  const depth = (name, path) => {
    if (memo.has(name)) return memo.get(name);
    if (path.has(name)) return 0;
    path.add(name);
    const d = Math.max(-1, ...(below.get(name) || []).map(n => depth(n, path))) + 1;
    path.delete(name);
    memo.set(name, d);
    return d;
  };
  return new Map(names.map(n => [n, depth(n, new Set())]));
}

export function renderGraph(element, services, dependencies, risks) {
  const names = services.map(s => s.name);
  const level = depths(names, dependencies);
  const maxLevel = Math.max(0, ...level.values());
  const columns = new Map();
  const nodes = names.map(name => {
    const row = maxLevel - level.get(name);
    const column = columns.get(row) || 0;
    columns.set(row, column + 1);
    const risk = risks.get(name);
    return { name, x: column * 160 + (row % 2) * 80, y: row * 120, value: risk, itemStyle: { color: COLOURS[risk] } };
  });
  const links = dependencies.map(d => ({
    source: d.service,
    target: d.dependsOn,
    value: d.kind,
    lineStyle: d.kind === 'critical' ? { type: 'solid', width: 3, color: '#445' } : { type: 'dashed', width: 1.5 },
  }));
  const chart = echarts.getInstanceByDom(element) || echarts.init(element);
  chart.setOption({
    animation: false,
    tooltip: { formatter: p => (p.dataType === 'edge' ? `${p.data.source} → ${p.data.target} (${p.data.value})` : `${p.name}: ${p.value}`) },
    series: [{
      type: 'graph',
      layout: 'none',
      roam: true,
      top: 30,
      bottom: 50,
      symbolSize: 46,
      edgeSymbol: ['none', 'arrow'],
      edgeSymbolSize: 10,
      label: { show: true, position: 'bottom', fontSize: 13 },
      lineStyle: { color: '#667', curveness: 0.1 },
      data: nodes,
      links,
    }],
  }, true);
}

// The lists beside the charts. Built with textContent only: alert summaries and reasoning are
// data, never markup.
import { duration, secondsLeft } from './risk.js';

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'class') node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child ?? '')));
  }
  return node;
}

function fill(container, items, emptyText) {
  const empty = typeof emptyText === 'string' ? el('li', { class: 'empty' }, emptyText) : emptyText;
  container.replaceChildren(...(items.length ? items : [empty]));
}

const percent = x => `${Math.round(x * 100)} %`;
const clock = iso => new Date(iso).toLocaleTimeString();

export function renderFleetList(container, services, risks, predictions) {
  fill(container, services.map(s => {
    const failure = predictions.find(p => p.service === s.name && p.kind === 'failure');
    const risk = risks.get(s.name);
    return el('li', { 'data-service': s.name, 'data-risk': risk },
      el('span', { class: `dot ${risk}` }), ` ${s.name}`,
      failure ? ` — ${failure.metric} fails in ${duration(secondsLeft(failure))}` : '');
  }), 'No service registered.');
}

export function renderPredictions(container, predictions) {
  fill(container, predictions.map(p => el('li', { 'data-service': p.service, 'data-kind': p.kind, class: p.kind },
    el('div', { class: 'head' },
      el('strong', {}, p.service), ` ${p.kind}`, p.metric ? ` of ${p.metric}` : '',
      p.sourceService ? ` (from ${p.sourceService})` : '',
      el('span', { class: 'confidence' }, ` P=${percent(p.confidence)}`)),
    el('div', { class: 'ttf' }, `fails in ${duration(secondsLeft(p))}`),
    el('p', { class: 'reasoning' }, p.reasoning),
    el('div', { class: 'when' }, `predicted ${clock(p.createdAt)}`))), 'No prediction yet.');
}

export function renderAlerts(tbody, alerts) {
  fill(tbody, alerts.map(a => el('tr', { 'data-service': a.service, 'data-severity': a.severity },
    el('td', {}, el('span', { class: `badge ${a.severity}` }, a.severity)),
    el('td', {}, a.service),
    el('td', {}, a.summary),
    el('td', {}, a.timeToFailureSeconds == null ? '–' : duration(a.timeToFailureSeconds)),
    el('td', {}, `${clock(a.lastSeenAt)} ×${a.occurrences}`))),
  el('tr', { class: 'empty' }, el('td', { colspan: 5 }, 'No active alert.')));
}

const MAX_STREAM_ITEMS = 50;

/** Prepends one alert event to the live list; heartbeats only update the status line. */
export function appendStreamAlert(list, alert) {
  list.prepend(el('li', { 'data-kind': 'alert', 'data-service': alert.service, 'data-severity': alert.severity },
    el('time', {}, new Date().toLocaleTimeString()), ' ',
    el('span', { class: `badge ${alert.severity}` }, alert.severity), ` ${alert.service} ${alert.type}: ${alert.summary}`));
  while (list.children.length > MAX_STREAM_ITEMS) list.lastChild.remove();
}

export function fillSelect(select, values, keep) {
  const current = keep ?? select.value;
  select.replaceChildren(...values.map(v => el('option', { value: v }, v)));
  if (values.includes(current)) select.value = current;
}

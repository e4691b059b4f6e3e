// The console: log in, then show the fleet, predictions, alerts and forecasts, refreshed every
// few seconds and at once when the live stream brings an alert.
import { loadFleet, loadForecast, Unauthorized } from './api.js';
import { renderForecast } from './forecast.js';
import { renderGraph } from './graph.js';
import { latestPredictions, riskOf, secondsLeft } from './risk.js';
import { Session } from './session.js';
import { openStream } from './stream.js';
import * as views from './views.js';

const REFRESH_MS = 15000;
const RISK_ORDER = { red: 0, amber: 1, green: 2 };
const $ = id => document.getElementById(id);

const config = await fetch('/console/config.json').then(r => r.json());
const session = new Session(config.tokenUrl);
let timer = null;
let closeStream = null;
let soon = null;
let latest = null;
let pickedService = false;

$('login-form').addEventListener('submit', async event => {
  event.preventDefault();
  $('login-error').textContent = '';
  try {
    await session.login($('client-id').value.trim(), $('client-secret').value);
  } catch (refused) {
    $('login-error').textContent = `Login failed: ${refused.message}`;
    return;
  }
  $('client-secret').value = '';
  show(true);
  closeStream = openStream(session, onStreamEvent, onStreamState);
  timer = setInterval(refresh, REFRESH_MS);
  refresh();
});

$('logout').addEventListener('click', () => session.logout());
session.addEventListener('logout', () => {
  clearInterval(timer);
  closeStream?.();
  show(false);
});
session.addEventListener('expired', event => {
  session.logout();
  $('login-error').textContent = `Session ended: ${event.detail}. Log in again.`;
});

$('forecast-service').addEventListener('change', () => {
  pickedService = true;
  refreshForecast();
});
$('forecast-metric').addEventListener('change', () => refreshForecast(true));
window.addEventListener('resize', () => {
  for (const id of ['graph', 'forecast']) echarts.getInstanceByDom($(id))?.resize();
});

function show(loggedIn) {
  $('login').hidden = loggedIn;
  $('console').hidden = !loggedIn;
  $('logout').hidden = !loggedIn;
  $('stream-status').hidden = !loggedIn;
  $('whoami').hidden = !loggedIn;
  $('whoami').textContent = loggedIn ? `client ${session.clientId}` : '';
}

async function refresh() {
  try {
    const data = await loadFleet(config, session);
    const predictions = latestPredictions(data.predictions);
    const risks = new Map(data.services.map(s => [s.name, riskOf(s.name, predictions, data.alerts)]));
    latest = { ...data, predictions, risks };
    renderGraph($('graph'), data.services, data.dependencies, risks);
    views.renderFleetList($('fleet-list'), data.services, risks, predictions);
    views.renderPredictions($('predictions'), predictions);
    views.renderAlerts($('alerts').tBodies[0], data.alerts);
    // until the user picks one, the chart follows the service most at risk
    const names = data.services.map(s => s.name).sort((a, b) => RISK_ORDER[risks.get(a)] - RISK_ORDER[risks.get(b)]);
    views.fillSelect($('forecast-service'), names, pickedService ? undefined : names[0]);
    await refreshForecast();
    problem(null);
  } catch (failure) {
    problem(failure);
  }
}

async function refreshForecast(keepMetric = false) {
  const service = $('forecast-service').value;
  if (!service) return;
  const forecast = await loadForecast(config, session, service);
  const failure = latest.predictions.find(p => p.service === service && p.kind === 'failure');
  const metrics = forecast.metrics.map(m => m.metric);
  const preferred = keepMetric ? $('forecast-metric').value : failure?.metric ?? 'latency_ms';
  views.fillSelect($('forecast-metric'), metrics, preferred);
  const metric = forecast.metrics.find(m => m.metric === $('forecast-metric').value);
  const note = $('forecast-note');
  note.dataset.service = service;
  if (!metric) {
    echarts.getInstanceByDom($('forecast'))?.clear();
    note.textContent = `${service}: not enough snapshots to forecast yet.`;
    return;
  }
  const failureAt = failure && failure.metric === metric.metric ? Date.now() + secondsLeft(failure) * 1000 : null;
  renderForecast($('forecast'), forecast.origin, metric, failureAt);
  note.dataset.metric = metric.metric;
  note.textContent = `${service} ${metric.metric}: ${metric.points.length} steps of ${metric.stepSeconds} s ahead`
    + ` with 80 % and 95 % intervals${metric.limit != null ? `; limit ${metric.limit}` : ''}.`;
}

function onStreamEvent(event) {
  if (event.type !== 'alert') return;
  views.appendStreamAlert($('stream'), JSON.parse(event.data));
  clearTimeout(soon);
  soon = setTimeout(refresh, 300);
}

function onStreamState(state, heartbeat) {
  const status = $('stream-status');
  status.dataset.state = state;
  status.textContent = state === 'live' ? `stream: live (${new Date(heartbeat).toLocaleTimeString()})` : `stream: ${state}`;
}

function problem(failure) {
  if (failure instanceof Unauthorized) {
    session.logout();
    $('login-error').textContent = 'The session was refused (401). Log in again.';
    return;
  }
  $('problem').hidden = !failure;
  $('problem').textContent = failure ? `Could not load: ${failure.message}` : '';
}

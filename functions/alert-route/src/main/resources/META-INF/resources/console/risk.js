// A service's risk from what predict and alert-route said about it. Pure functions: no DOM, no I/O.

/** Predictions older than this are history: a recovered service stops being predicted to fail. */
export const FRESH_MS = 5 * 60 * 1000;

export const COLOURS = { green: '#2e9d5b', amber: '#e0a000', red: '#d64541' };

/** The newest fresh prediction per service, kind and metric (the list comes newest first). */
export function latestPredictions(predictions, now = Date.now()) {
  const seen = new Set();
  return predictions.filter(p => {
    const key = `${p.service}|${p.kind}|${p.metric ?? ''}`;
    if (seen.has(key) || now - Date.parse(p.createdAt) > FRESH_MS) {
      return false;
    }
    seen.add(key);
    return p.kind === 'failure' || p.kind === 'cascade';
  });
}

/** Seconds left until the predicted failure, counted from when it was predicted. */
export function secondsLeft(prediction, now = Date.now()) {
  if (prediction.timeToFailureSeconds == null) {
    return null;
  }
  return prediction.timeToFailureSeconds - (now - Date.parse(prediction.createdAt)) / 1000;
}

/**
 * red: a critical alert, or a failure likely (≥ 0.8) within ten minutes — alert-route's
 * default critical rule; amber: any other active alert or a likely (≥ 0.5) failure or cascade.
 */
export function riskOf(service, predictions, alerts, now = Date.now()) {
  const mine = alerts.filter(a => a.service === service);
  const predicted = predictions.filter(p => p.service === service);
  const imminent = predicted.some(p => p.kind === 'failure' && p.confidence >= 0.8 && secondsLeft(p, now) < 600);
  if (imminent || mine.some(a => a.severity === 'critical')) {
    return 'red';
  }
  if (mine.length > 0 || predicted.some(p => p.confidence >= 0.5)) {
    return 'amber';
  }
  return 'green';
}

/** "now", "45 s", "4 min 10 s", "2 h 5 min". */
export function duration(seconds) {
  if (seconds == null) {
    return '–';
  }
  if (seconds <= 0) {
    return 'now';
  }
  const s = Math.round(seconds);
  if (s < 60) {
    return `${s} s`;
  }
  if (s < 3600) {
    return `${Math.floor(s / 60)} min ${s % 60} s`;
  }
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

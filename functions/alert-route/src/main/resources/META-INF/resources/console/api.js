// Calls to the functions with the session's bearer token. A 401 means the session is over.

export class Unauthorized extends Error {}

export async function getJson(url, session) {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${session.accessToken}` } });
  if (response.status === 401) {
    throw new Unauthorized(`${url} answered 401`);
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || `${url} answered ${response.status}`);
  }
  return response.json();
}

/** Everything the console shows, fetched in parallel from the functions that own it. */
export async function loadFleet(config, session) {
  const [services, dependencies, predictions, alerts] = await Promise.all([
    getJson(`${config.monitorUrl}/services`, session),
    getJson(`${config.monitorUrl}/dependencies`, session),
    getJson(`${config.predictUrl}/predictions?limit=200`, session),
    getJson('/alerts?status=active', session),
  ]);
  return { services, dependencies, predictions, alerts };
}

export function loadForecast(config, session, service) {
  return getJson(`${config.predictUrl}/forecasts/${encodeURIComponent(service)}`, session);
}

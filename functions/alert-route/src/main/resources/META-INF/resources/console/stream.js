// The alert stream read with fetch(): EventSource cannot send an Authorization header, and a token
// in the URL would end up in logs. Reconnects after a pause while the session lasts, sending the last
// event id seen so that the server replays what was missed meanwhile.

const RETRY_MS = 3000;

/** Parses "event:/data:/id:" blocks separated by a blank line (the SSE wire format). */
export function parseEvents(buffer) {
  const blocks = buffer.split(/\r?\n\r?\n/);
  const rest = blocks.pop();
  const events = blocks.map(block => {
    const event = { type: 'message', data: '' };
    for (const line of block.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event.type = value;
      else if (field === 'data') event.data += (event.data ? '\n' : '') + value;
      else if (field === 'id') event.id = value;
    }
    return event;
  });
  return { events, rest };
}

/**
 * Opens /stream/{sessionId} and calls onEvent for each event, onState with
 * 'connecting' | 'live' | 'retrying' | 'off'. Returns a function that closes it.
 */
export function openStream(session, onEvent, onState) {
  const sessionId = `console-${crypto.randomUUID().slice(0, 8)}`;
  const abort = new AbortController();
  let lastEventId = null;
  const run = async () => {
    while (!abort.signal.aborted && session.accessToken) {
      onState('connecting');
      try {
        const headers = { Authorization: `Bearer ${session.accessToken}`, Accept: 'text/event-stream' };
        if (lastEventId) headers['Last-Event-ID'] = lastEventId;
        const response = await fetch(`/stream/${sessionId}`, {
          headers,
          signal: abort.signal,
        });
        if (!response.ok) throw new Error(`stream answered ${response.status}`);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const parsed = parseEvents(buffer + value);
          buffer = parsed.rest;
          for (const event of parsed.events) {
            if (event.id) lastEventId = event.id;
            // the first heartbeat means the server is attached to the alert feed
            if (event.type === 'heartbeat') onState('live', event.data);
            onEvent(event);
          }
        }
      } catch (failure) {
        if (abort.signal.aborted) break;
        console.warn('alert stream interrupted:', failure);
      }
      onState('retrying');
      await new Promise(resolve => setTimeout(resolve, RETRY_MS));
    }
    onState('off');
  };
  run();
  return () => abort.abort();
}

/**
 * Talking to the Kaopeilian API (/api/v1): JSON requests, and the two ways of reading an SSE stream.
 *
 * A run started with POST is read with fetch + ReadableStream, because EventSource can only GET;
 * chat uses a real EventSource so that the browser's own reconnect (with Last-Event-ID) is what runs.
 */

const BASE = "/api/v1";

/** Every named event of the protocol; EventSource only delivers the names it is told to listen for. */
export const EVENT_NAMES = [
  "started", "route", "node_start", "token", "progress", "brief", "node_output",
  "subgraph_start", "subgraph_node_output", "interrupt", "completed", "error", "heartbeat",
];

// The page passes on an ?access_token= it was opened with: as a header for fetch, and as a query
// parameter for EventSource, which cannot set headers.
const TOKEN = new URLSearchParams(window.location.search).get("access_token");

function headers(extra = {}) {
  return TOKEN ? { ...extra, Authorization: `Bearer ${TOKEN}` } : extra;
}

/** A request the API refused; `message` is the API's own explanation when it gave one. */
export class ApiError extends Error {
  constructor(status, code, message, details = {}) {
    super(`${status} ${code}: ${message}`);
    this.status = status;
    this.code = code;
    this.details = details; // e.g. `errors` of an invalid definition
  }
}

async function apiError(response) {
  let code = "http_error";
  let message = response.statusText || "the server refused the request";
  let details = {};
  try {
    const body = await response.json();
    code = body.error?.code ?? code;
    message = body.error?.message ?? message;
    details = body.error?.details ?? details;
  } catch {
    // Not the protocol's error body (e.g. a proxy's page): keep the HTTP status text.
  }
  return new ApiError(response.status, code, message, details);
}

/** GET a JSON resource under /api/v1. */
export async function getJson(path) {
  const response = await fetch(BASE + path, { headers: headers({ Accept: "application/json" }) });
  if (!response.ok) throw await apiError(response);
  return response.json();
}

/** POST a JSON body under /api/v1 and return the JSON answer (null for an empty one). */
export async function postJson(path, body) {
  const response = await fetch(BASE + path, {
    method: "POST",
    headers: headers({ "Content-Type": "application/json", Accept: "application/json" }),
    body: JSON.stringify(body ?? {}),
  });
  if (!response.ok) throw await apiError(response);
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** POST raw text (a definition's YAML) under /api/v1 and return the JSON answer. */
export async function postText(path, text, contentType = "text/yaml") {
  const response = await fetch(BASE + path, {
    method: "POST",
    headers: headers({ "Content-Type": `${contentType}; charset=utf-8`, Accept: "application/json" }),
    body: text,
  });
  if (!response.ok) throw await apiError(response);
  return response.json();
}

/**
 * Splits an SSE byte stream (already decoded to text) into events, as a browser's EventSource does:
 * lines end in \n, \r\n or \r; a blank line dispatches; `:` lines are comments.
 */
class SseParser {
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.rest = ""; // an unfinished line, waiting for the next chunk
    this.pendingCr = false; // a chunk ended in \r: the next one may start with its \n
    this.fields = { event: "", id: "", data: [] };
  }

  push(chunk) {
    let text = chunk;
    if (this.pendingCr && text.startsWith("\n")) text = text.slice(1);
    this.pendingCr = text.endsWith("\r");
    const lines = (this.rest + text).replace(/\r\n?/g, "\n").split("\n");
    this.rest = lines.pop();
    for (const line of lines) this.line(line);
  }

  line(line) {
    if (line === "") return this.dispatch();
    if (line.startsWith(":")) return undefined;
    const colon = line.indexOf(":");
    const name = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (name === "data") this.fields.data.push(value);
    else if (name === "event") this.fields.event = value;
    else if (name === "id") this.fields.id = value;
    return undefined;
  }

  dispatch() {
    const { event, id, data } = this.fields;
    this.fields = { event: "", id: "", data: [] };
    if (data.length === 0) return; // e.g. the lone `retry:` frame
    this.onEvent(event || "message", id, parseData(data.join("\n")));
  }
}

function parseData(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text; // the protocol always sends JSON; show anything else as it came
  }
}

/**
 * POST a run and read its SSE body until the server ends it.
 * onEvent(name, id, data) is called for every event; `signal` aborts the read.
 */
export async function postStream(path, body, onEvent, signal) {
  const response = await fetch(BASE + path, {
    method: "POST",
    headers: headers({ "Content-Type": "application/json", Accept: "text/event-stream" }),
    body: JSON.stringify(body),
    signal,
  });
  if (!response.ok) throw await apiError(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new SseParser(onEvent);
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    parser.push(value);
  }
}

/**
 * Open an EventSource on /chat/stream with `params` (message, thread_id, graph, stream_mode,
 * action).
 * onEvent(name, id, data) gets the protocol's events; onBroken(source) the connection's own
 * errors (the browser then reconnects by itself unless the source is CLOSED).
 * The caller closes the source after `completed` or `error`, or the browser would reconnect.
 */
export function openChat(params, onEvent, onBroken) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  if (TOKEN) query.set("access_token", TOKEN);
  const source = new EventSource(`${BASE}/chat/stream?${query}`);
  for (const name of EVENT_NAMES) {
    source.addEventListener(name, (event) => {
      // The protocol's `error` event and the connection's error share a name; only ours has data.
      if (name === "error" && !(event instanceof MessageEvent)) return onBroken(source);
      // A heartbeat has no id, but MessageEvent.lastEventId repeats the previous one.
      const id = name === "heartbeat" ? "" : event.lastEventId;
      return onEvent(name, id, parseData(event.data));
    });
  }
  return source;
}

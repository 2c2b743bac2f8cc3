/**
 * The playground's behaviour: choose a flow, run it or chat through the router, and show every
 * event of the run as it arrives (nodes lighting up, tokens, progress, interrupts, the result).
 *
 * One run is watched at a time. `session` remembers which thread and run that is, and how it was
 * started, because an interrupt is answered the same way: a graph run is resumed with POST
 * runs/stream, a chat run by another chat message on the same thread.
 */

import { getJson, openChat, postJson, postStream } from "./api.js";
import { addToConversation, resetConversation } from "./conversation.js";
import { initDefinitions } from "./definitions.js";
import { exampleInput } from "./examples.js";
import { nodeItem, nodeKey, resetNodes } from "./nodes.js";
import {
  el, jsonText, renderBrief, renderClarify, renderExam, renderGrading, renderHelp, renderHistory,
  renderReport,
} from "./render.js";

const $ = (id) => document.getElementById(id);

const session = {
  threadId: null, // the thread the next chat message / reply goes to
  runId: null,
  graph: null, // the graph of the watched run
  via: null, // "graph" (POST runs/stream) or "chat" (EventSource)
  shownGraph: null, // whose nodes are drawn
  chat: null, // the open EventSource, if any
  abort: null, // aborts the fetch of a graph run
  lastExam: null, // the last generated exam, to prefill exam_grading
  flows: new Map(), // name -> the GET /graphs entry (its label)
  nodeOutputs: 0, // node outputs the watched run has sent (none: a cached or empty run)
};

// ---- small page state helpers ----

function showPageError(message) {
  $("page-error").textContent = message;
}

function setStatus(status) {
  $("run-status").textContent = status;
  $("run-status").dataset.status = status;
  const busy = status === "running";
  $("run-btn").disabled = busy;
  $("chat-btn").disabled = busy;
  $("reply-btn").disabled = busy;
  $("end-btn").disabled = busy;
  $("cancel-btn").disabled = !busy;
}

function setThread(threadId) {
  session.threadId = threadId;
  $("thread-id").textContent = threadId ?? "none";
}

// ---- the flow panel: list, nodes, input ----

async function loadFlows() {
  const graphs = await getJson("/graphs");
  session.flows = new Map(graphs.map((g) => [g.name, g]));
  const select = $("flow-select");
  select.replaceChildren(
    ...graphs.map((g) => el("option", { value: g.name, title: g.description }, g.name)),
  );
  select.dataset.loaded = "true";
  await chooseFlow(select.value);
}

/** Select a flow: its nodes, its version label, and its example input in place of the old one. */
async function chooseFlow(name) {
  $("flow-select").value = name;
  $("input-json").value = JSON.stringify(exampleInput(name, session.lastExam), null, 2);
  $("input-json").dataset.graph = name;
  showVersion(name);
  await showGraph(name);
}

/** The one version label of a flow (`v1 · 571e22`: declared version · digest of what runs). */
function showVersion(name) {
  const label = session.flows.get(name)?.label ?? "";
  $("flow-version").textContent = label;
  $("flow-version").dataset.graph = name;
}

/** Draw a graph's nodes, keeping any that events of the current run created meanwhile. */
async function showGraph(name) {
  if (session.shownGraph !== name) {
    session.shownGraph = name;
    $("nodes").replaceChildren();
    $("nodes").dataset.graph = name;
  }
  const description = await getJson(`/graphs/${encodeURIComponent(name)}`);
  if (session.shownGraph !== name) return; // another graph was chosen while this one loaded
  $("flow-description").textContent = description.description;
  $("mermaid").textContent = description.mermaid;
  // appendChild moves an existing item, so the list ends in the graph's declared order.
  for (const node of description.nodes) $("nodes").append(nodeItem($("nodes"), node));
}

// ---- events ----

function logEvent(name, id, data) {
  if (name === "heartbeat") {
    $("heartbeats").textContent = String(Number($("heartbeats").textContent) + 1);
    return;
  }
  const summary = jsonText(data, 300).replace(/\s+/g, " ");
  const row = el(
    "li",
    { dataset: { event: name, id } },
    el("code", { class: "event-id" }, id),
    " ",
    el("strong", {}, name),
    " ",
    summary,
  );
  $("event-log").append(row);
  row.scrollIntoView({ block: "nearest" });
}

const handlers = {
  started(data) {
    session.runId = data.run_id;
    session.graph = data.graph;
    $("run-id").textContent = data.run_id;
    setThread(data.thread_id);
    $("tokens").textContent = "";
    $("result").replaceChildren();
    showRunNote("");
    session.nodeOutputs = 0;
    hideInterrupt();
    resetNodes($("nodes"));
    if (!data.resumed) {
      resetConversation(); // a new conversation, not the next turn
      $("brief").hidden = true; // a practice sends its brief again in its first run
    }
    if (data.graph && data.graph !== session.shownGraph) {
      // The router chose another flow: show it, with its own example input (not the old flow's).
      chooseFlow(data.graph).catch((error) => showPageError(String(error)));
    }
  },
  route(data) {
    $("route").hidden = false;
    $("route").dataset.intent = data.intent;
    $("route-summary").textContent =
      `${data.intent} → ${data.graph ?? "(no graph)"} · ${data.source}` +
      `${data.rule ? ` (${data.rule})` : ""} · confidence ${data.confidence} · ` +
      `params ${JSON.stringify(data.params)} · ${data.reasoning}`;
  },
  node_start(data) {
    const item = nodeItem($("nodes"), nodeKey(data.node, data.namespace));
    item.dataset.state = "running";
    item.dataset.runs = String(Number(item.dataset.runs) + 1);
  },
  brief(data) {
    $("brief").replaceChildren(...renderBrief(data));
    $("brief").dataset.scenario = data.scenario;
    $("brief").hidden = false;
  },
  token(data) {
    $("tokens").append(document.createTextNode(data.text));
  },
  progress(data) {
    const item = nodeItem($("nodes"), nodeKey(data.node, data.namespace));
    item.querySelector("progress").value = data.progress;
    item.querySelector(".node-message").textContent = data.message;
  },
  node_output(data) {
    session.nodeOutputs += 1;
    const item = nodeItem($("nodes"), nodeKey(data.node, data.namespace));
    item.dataset.state = "done";
    // light mode sends no output; keep what a full-mode event showed, if any.
    if (data.output !== undefined) {
      item.querySelector("pre").textContent = jsonText(data.output);
      // A practice's evaluation and mood show as soon as their nodes finish.
      if (!data.namespace?.length) addToConversation(data.output, { lines: false });
    }
  },
  interrupt(data) {
    showInterrupt(data.value ?? {});
  },
  completed(data) {
    setStatus(data.status);
    addToConversation(data.output ?? {}, { lines: true });
    showOutput(data.output ?? {});
    if (data.cached) {
      showRunNote("cached: this result was answered from the result cache (the same input ran " +
        "before), so no node ran this time.", "cached");
    } else if (session.nodeOutputs === 0 && data.status !== "interrupted" && !data.output?.clarify) {
      // (a clarify exchange runs no graph by design: its question is the result)
      showRunNote("nothing new happened: the run ended without any node running.", "empty");
    }
    if (data.status !== "interrupted") hideInterrupt();
    endStream();
  },
  error(data) {
    setStatus("error");
    $("result").replaceChildren(
      el("p", { id: "run-error", dataset: { code: data.code } }, `${data.code}: ${data.message}`),
    );
    endStream();
  },
};
handlers.subgraph_start = handlers.node_start;
handlers.subgraph_node_output = handlers.node_output;

function onEvent(name, id, data) {
  logEvent(name, id, data);
  handlers[name]?.(data);
}

function showRunNote(text, kind = "") {
  $("run-note").textContent = text;
  $("run-note").dataset.kind = kind;
  $("run-note").hidden = !text;
}

/** Show what a finished (or paused) run left: a report, an exam, a help answer, or its state. */
function showOutput(output) {
  const report = output.report && Object.keys(output.report).length ? output.report : null;
  // exam_grading's state holds its input exam too: its report is what the run produced.
  if (report?.counts) {
    $("result").replaceChildren(renderGrading(report));
  } else if (report) {
    $("result").replaceChildren(renderReport(report));
  } else if (output.exam?.questions) {
    session.lastExam = output.exam;
    $("result").replaceChildren(renderExam(output.exam));
  } else if (output.clarify) {
    $("result").replaceChildren(renderClarify(output.clarify, (label) => sendChat(label)));
  } else if (typeof output.answer === "string") {
    $("result").replaceChildren(renderHelp(output.answer));
  } else if (Array.isArray(output.transcript)) {
    // a practice turn: the conversation above is its result
  } else if (!$("result").childElementCount) {
    $("result").replaceChildren(el("pre", { id: "result-json" }, jsonText(output)));
  }
}

function showInterrupt(value) {
  $("interrupt").hidden = false;
  $("interrupt").dataset.kind = value.kind ?? "";
  $("interrupt-prompt").textContent = value.prompt ?? jsonText(value);
  $("interrupt-hint").textContent = value.hint ? `提示: ${value.hint}` : "";
  $("reply-input").focus();
}

function hideInterrupt() {
  $("interrupt").hidden = true;
}

/** The watched run has ended: close the EventSource, or the browser would reconnect to it. */
function endStream() {
  session.chat?.close();
  session.chat = null;
}

// ---- starting and resuming runs ----

async function streamGraphRun(body) {
  endStream();
  session.via = "graph";
  session.abort = new AbortController();
  setStatus("running");
  try {
    await postStream(
      `/threads/${session.threadId}/runs/stream`,
      { stream_mode: $("stream-mode").value, ...body },
      onEvent,
      session.abort.signal,
    );
  } catch (error) {
    if (error.name !== "AbortError") {
      showPageError(`the run could not be streamed: ${error.message}`);
      setStatus("error");
    }
  }
}

async function runSelectedFlow() {
  showPageError("");
  let input;
  try {
    input = JSON.parse($("input-json").value || "{}");
  } catch (error) {
    showPageError(`the input is not valid JSON (${error.message}); fix it and run again`);
    return;
  }
  const graph = $("flow-select").value;
  session.graph = graph;
  setStatus("running"); // at once, so nobody mistakes the previous run's status for this one's
  try {
    setThread((await postJson("/threads", {})).thread_id); // a fresh thread for every run
  } catch (error) {
    showPageError(`could not create a thread: ${error.message}`);
    setStatus("error");
    return;
  }
  await streamGraphRun({ graph, input });
}

function sendChat(message, action = null) {
  showPageError("");
  endStream();
  session.via = "chat";
  setStatus("running");
  session.chat = openChat(
    { message, thread_id: session.threadId, stream_mode: $("stream-mode").value, action },
    onEvent,
    (source) => {
      // While the source is CONNECTING the browser retries by itself (after `retry`, with
      // Last-Event-ID); only a CLOSED source is a failure to report.
      if (source.readyState === EventSource.CLOSED) {
        showPageError("the chat stream was closed by the server or the network");
        setStatus("error");
      }
    },
  );
}

/** Answer the pending interrupt the way the run was started. */
async function reply(text) {
  if (!text) return;
  if (session.via === "chat") sendChat(text);
  else await streamGraphRun({ graph: session.graph, resume: text });
}

/** The end button: an explicit command, never a message the router could take for a reply. */
async function endPractice() {
  if (session.via === "chat") sendChat("", "end");
  else await streamGraphRun({ graph: session.graph, resume: { action: "end" } });
}

async function cancelRun() {
  if (!session.threadId || !session.runId) return;
  try {
    await postJson(`/threads/${session.threadId}/runs/${session.runId}/cancel`, {});
  } catch (error) {
    showPageError(`cancel failed: ${error.message}`);
  }
}

// ---- the router's explanation and the thread inspector ----

async function explainRoute() {
  const message = $("chat-input").dataset.lastMessage;
  if (!message) return;
  try {
    const decision = await postJson("/route", { message, thread_id: session.threadId ?? undefined });
    $("route-trace").hidden = false;
    $("route-trace").textContent = jsonText(decision);
  } catch (error) {
    showPageError(`the router could not explain: ${error.message}`);
  }
}

async function inspect(kind) {
  if (!session.threadId) {
    showPageError("no thread yet: run a flow or send a chat message first");
    return;
  }
  const path =
    kind === "state"
      ? `/threads/${session.threadId}/state`
      : `/threads/${session.threadId}/history?limit=10`;
  try {
    const answer = await getJson(path);
    const output = $("inspect-output");
    output.replaceChildren(kind === "state" ? el("pre", {}, jsonText(answer, 200000)) : renderHistory(answer));
    output.dataset.kind = kind; // set last: tests wait on it to know the answer is shown
  } catch (error) {
    showPageError(`could not read the thread's ${kind}: ${error.message}`);
  }
}

// ---- wiring ----

/**
 * Enter sends; Shift+Enter inserts a line break (the text area's own behaviour), and so does
 * Enter while an input method is composing (confirming a Chinese word must not send).
 */
function onEnter(input, action) {
  input.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    action();
  });
}

/**
 * Open an existing thread: its conversation, evaluations and mood from its state (the events of
 * its earlier runs carried only what each added), and its pending question. The next chat
 * message or reply continues it.
 */
async function openThread(threadId) {
  if (!threadId) return;
  showPageError("");
  try {
    const state = await getJson(`/threads/${encodeURIComponent(threadId)}/state`);
    endStream();
    setThread(threadId);
    session.via = "chat";
    session.runId = null;
    $("run-id").textContent = "none";
    resetConversation();
    addToConversation(state.values ?? {}, { lines: true });
    $("result").replaceChildren();
    showRunNote("");
    const pending = state.interrupts?.[0];
    if (pending) showInterrupt(pending.value ?? {});
    else hideInterrupt();
    setStatus(pending ? "interrupted" : "idle");
    $("turns").dataset.thread = threadId; // set last: tests wait on it
  } catch (error) {
    showPageError(`could not open thread ${threadId}: ${error.message}`);
  }
}

function wire() {
  $("flow-select").addEventListener("change", (e) => chooseFlow(e.target.value));
  $("run-btn").addEventListener("click", runSelectedFlow);
  $("cancel-btn").addEventListener("click", cancelRun);
  $("new-thread-btn").addEventListener("click", () => setThread(null));
  const chat = () => {
    const message = $("chat-input").value.trim();
    if (!message) return;
    $("chat-input").dataset.lastMessage = message;
    $("route-trace").hidden = true;
    $("chat-input").value = "";
    sendChat(message);
  };
  $("chat-btn").addEventListener("click", chat);
  onEnter($("chat-input"), chat);
  const answer = () => {
    const text = $("reply-input").value.trim();
    $("reply-input").value = "";
    reply(text);
  };
  $("reply-btn").addEventListener("click", answer);
  onEnter($("reply-input"), answer);
  $("end-btn").addEventListener("click", endPractice);
  $("why-btn").addEventListener("click", explainRoute);
  $("open-thread-btn").addEventListener("click", () =>
    openThread($("open-thread-input").value.trim()),
  );
  $("state-btn").addEventListener("click", () => inspect("state"));
  $("history-btn").addEventListener("click", () => inspect("history"));
}

wire();
loadFlows()
  .then(() => {
    // ?thread=ID opens that thread, as the open button does (a link to a learner's session).
    const thread = new URLSearchParams(window.location.search).get("thread");
    if (thread) {
      $("open-thread-input").value = thread;
      return openThread(thread);
    }
    return undefined;
  })
  .catch((error) => showPageError(`could not list the flows: ${error.message}`));
initDefinitions(showPageError);

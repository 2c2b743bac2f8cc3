/**
 * The definitions panel: every graph definition file the server reads, with its status and errors
 * (refreshed when the server has reloaded); a text area to paste or edit a definition, Validate (every error with its line and column, a
 * click selects the line) and Dry-run (the run's events on the offline engine, nothing saved).
 *
 * All text from the server (file names, messages, events) enters the page as text nodes.
 */

import { ApiError, getJson, postStream, postText } from "./api.js";
import { exampleInput } from "./examples.js";
import { el, jsonText } from "./render.js";

const $ = (id) => document.getElementById(id);

let report = () => {}; // shows a page-level error; set by initDefinitions

// ---- the list ----

function issueText(issue) {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.path}: ${issue.message}`;
}

/** The label `kpl definitions list` and GET /graphs show: `v1 · 571e22` (runtime/shapes.py). */
function definitionLabel(item) {
  return `v${item.active_version || "?"} · ${item.active_digest.slice(0, 6)}`;
}

function definitionItem(item) {
  const served = item.active_digest ? `runs ${definitionLabel(item)}` : "nothing runs";
  const load = el("button", { type: "button", class: "load-btn", disabled: !item.active_digest }, "edit");
  load.addEventListener("click", () => loadText(item.id));
  return el(
    "li",
    { class: "definition", dataset: { id: item.id ?? "", status: item.status, shipped: String(item.shipped) } },
    el("strong", {}, item.id ?? "(no id)"),
    " ",
    el("span", { class: "badge" }, item.status),
    " ",
    el("span", { class: "meta" }, `${served} · ${item.file}`),
    " ",
    load,
    item.errors.length
      ? el("ul", { class: "definition-errors" }, item.errors.map((e) => el("li", {}, issueText(e))))
      : null,
  );
}

/** A content file (course, scenario, rubric, blueprint) the server refused, with its errors. */
function contentItem(item) {
  return el(
    "li",
    { class: "definition", dataset: { file: item.file, status: item.status, kind: "content" } },
    el("strong", {}, item.file),
    " ",
    el("span", { class: "badge" }, item.status),
    " ",
    el("span", { class: "meta" }, "the last good content runs"),
    el("ul", { class: "definition-errors" }, item.errors.map((e) => el("li", {}, issueText(e)))),
  );
}

function reloadText(last) {
  if (!last) return "not loaded yet";
  const when = new Date(last.at).toLocaleTimeString(); // ISO 8601 UTC
  const problems = last.definition_errors.length + last.library_errors.length;
  return `last reload ${when} (${last.trigger}): ${problems ? `${problems} problem(s)` : "ok"}` +
    (last.changed.length ? `, changed ${last.changed.join(", ")}` : "");
}

const REFRESH_MS = 3000; // how often the list looks for a reload the server did meanwhile
let shownReload = null; // `at` of the reload the list shows

/** Fetch and show every definition file with its status (only redrawn after a new reload). */
export async function loadDefinitions({ force = true } = {}) {
  const listing = await getJson("/definitions");
  const at = listing.last_reload?.at ?? null;
  if (!force && at === shownReload) return;
  shownReload = at;
  $("definition-list").replaceChildren(
    ...listing.definitions.map(definitionItem),
    ...(listing.content ?? []).map(contentItem),
  );
  $("reload-status").textContent = `${listing.reload ? "watching" : "not watching"} · ${reloadText(listing.last_reload)}`;
  $("reload-status").dataset.ok = String(listing.last_reload?.ok ?? "");
  $("definition-list").dataset.loaded = "true";
}

async function loadText(id) {
  try {
    const definition = await getJson(`/definitions/${encodeURIComponent(id)}`);
    $("definition-text").value = definition.text;
    $("definition-text").dataset.graph = definition.id;
    // Another definition: its own sample input, and no errors that belonged to the last text.
    $("definition-input").value = JSON.stringify(exampleInput(definition.id), null, 2);
    clearIssues();
  } catch (error) {
    report(`could not load the definition of ${id}: ${error.message}`);
  }
}

// ---- validate ----

/** Select line `line` (1-based) of the text area, so the author sees where an error is. */
function selectLine(line) {
  const area = $("definition-text");
  const lines = area.value.split("\n");
  const start = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + (lines[line - 1] ?? "").length);
}

function showIssues(valid, errors) {
  $("validation-errors").replaceChildren(
    ...errors.map((issue) => {
      const item = el(
        "li",
        { dataset: { line: String(issue.line), column: String(issue.column), path: issue.path } },
        el("code", {}, `line ${issue.line}, column ${issue.column}`),
        ` ${issue.path}: ${issue.message}`,
      );
      item.addEventListener("click", () => selectLine(issue.line));
      return item;
    }),
  );
  $("validation-result").textContent = valid ? "valid" : `${errors.length} error(s)`;
  $("validation-result").dataset.valid = String(valid); // set last: tests wait on it
}

function clearIssues() {
  $("validation-errors").replaceChildren();
  $("validation-result").textContent = "";
  $("validation-result").dataset.valid = "";
}

async function validate() {
  report(""); // a stale page error is no longer news
  $("validation-result").dataset.valid = "";
  try {
    const answer = await postText("/graphs/validate?file=draft.yaml", $("definition-text").value);
    showIssues(answer.valid, answer.errors);
  } catch (error) {
    report(`could not validate: ${error.message}`);
  }
}

// ---- dry run ----

function setDryRunStatus(status) {
  $("dry-run-status").textContent = status;
  $("dry-run-status").dataset.status = status;
  $("dry-run-btn").disabled = status === "running";
}

function logDryRunEvent(name, id, data) {
  if (name === "heartbeat") return;
  const { run_id: _, ...shown } = data ?? {};
  $("dry-run-events").append(
    el(
      "li",
      { dataset: { event: name, node: data?.node ?? "" } },
      el("strong", {}, name),
      " ",
      jsonText(shown, 400).replace(/\s+/g, " "),
    ),
  );
}

async function dryRun() {
  let input;
  try {
    input = JSON.parse($("definition-input").value || "{}");
  } catch (error) {
    report(`the sample input is not valid JSON (${error.message}); fix it and try again`);
    return;
  }
  const replies = $("definition-replies").value.split("\n").map((r) => r.trim()).filter(Boolean);
  report("");
  $("dry-run-events").replaceChildren();
  setDryRunStatus("running");
  let status = "error";
  try {
    await postStream(
      "/definitions/dry-run",
      { text: $("definition-text").value, input, replies },
      (name, id, data) => {
        // The text was accepted (an invalid one is refused before any event): old errors go.
        if (name === "started") showIssues(true, []);
        logDryRunEvent(name, id, data);
        if (name === "completed") status = data.status;
        if (name === "error") status = "error";
      },
    );
  } catch (error) {
    if (error instanceof ApiError && Array.isArray(error.details?.errors)) {
      showIssues(false, error.details.errors); // an invalid text: the same list as Validate
    } else {
      report(`the dry run failed: ${error.message}`);
    }
  }
  setDryRunStatus(status);
}

// ---- wiring ----

/** Wire the panel's buttons and list the definitions; `showPageError` reports failures. */
export function initDefinitions(showPageError) {
  report = showPageError;
  $("validate-btn").addEventListener("click", validate);
  $("dry-run-btn").addEventListener("click", dryRun);
  $("definitions-refresh-btn").addEventListener("click", () =>
    loadDefinitions().catch((error) => report(`could not list the definitions: ${error.message}`)),
  );
  loadDefinitions().catch((error) => report(`could not list the definitions: ${error.message}`));
  // The server reloads on its own when a file changes: show what it found without a click.
  setInterval(() => {
    if (document.visibilityState === "visible") loadDefinitions({ force: false }).catch(() => {});
  }, REFRESH_MS);
}

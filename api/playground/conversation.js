/**
 * The practice conversation as this page has received it: the lines, each learner turn's
 * evaluation and the customer's mood, drawn in #turns and beside it (#practice-side).
 *
 * `completed` (and a node's output) carries only what its run added to a growing list (the
 * protocol's lean rule), so the page appends what arrives; opening an existing thread reads its
 * whole state once (GET /threads/{id}/state) and adds that.
 */

import { moodText, renderEvaluation, renderTurns } from "./render.js";

const $ = (id) => document.getElementById(id);

const conversation = {
  transcript: [],
  seen: new Set(), // role|turn|text of every line shown, so nothing is shown twice
  evaluations: new Map(), // turn number -> its evaluation
  mood: null,
};

function draw() {
  $("turns").replaceChildren(...renderTurns(conversation.transcript));
  const evaluations = [...conversation.evaluations.values()].sort((a, b) => a.turn - b.turn);
  $("evaluations").replaceChildren(...evaluations.map(renderEvaluation));
  const { mood } = conversation;
  $("mood").textContent = mood === null ? "" : moodText(mood);
  $("mood").dataset.mood = mood === null ? "" : String(mood);
  $("practice-side").hidden = mood === null && evaluations.length === 0;
}

/** Forget the conversation: a new thread, or another one opened. */
export function resetConversation() {
  conversation.transcript = [];
  conversation.seen.clear();
  conversation.evaluations.clear();
  conversation.mood = null;
  draw();
}

/**
 * Add what a run sent (or a thread's state values): transcript lines when `lines` (from
 * `completed` or a state; a node's output carries the same lines again), evaluations and mood.
 */
export function addToConversation(output, { lines }) {
  let changed = false;
  if (lines && Array.isArray(output.transcript)) {
    for (const line of output.transcript) {
      const key = `${line.role}|${line.turn}|${line.text}`;
      if (conversation.seen.has(key)) continue;
      conversation.seen.add(key);
      conversation.transcript.push(line);
      changed = true;
    }
  }
  if (Array.isArray(output.turn_evaluations)) {
    for (const evaluation of output.turn_evaluations) {
      conversation.evaluations.set(evaluation.turn, evaluation);
      changed = true;
    }
  }
  if (typeof output.mood === "number") {
    conversation.mood = output.mood;
    changed = true;
  }
  if (changed) draw();
}

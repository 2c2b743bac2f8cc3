// The official AG-UI JS client (`@ag-ui/client`, which CopilotKit builds on) in the browser.
// The test calls `window.runOnce(...)`: an `HttpAgent` for the given graph and thread runs once
// (with `resume` when given, AG-UI 1.0's answer to an interrupt) and the page hands back every
// event the agent dispatched, the run's outcome, and the agent's state and messages after it.
import { HttpAgent } from "@ag-ui/client";

const agents = new Map();

function agentFor(url, threadId, state) {
  const key = `${url} ${threadId}`;
  if (!agents.has(key)) {
    agents.set(key, new HttpAgent({ url, threadId, initialState: state ?? {} }));
  }
  return agents.get(key);
}

window.runOnce = async ({ url, threadId, state, message, resume }) => {
  const agent = agentFor(url, threadId, state);
  if (message) {
    agent.addMessage({ id: crypto.randomUUID(), role: "user", content: message });
  }
  const events = [];
  let outcome = null;
  await agent.runAgent(resume ? { resume } : {}, {
    onEvent: ({ event }) => {
      events.push(event);
    },
    onRunFinishedEvent: (params) => {
      outcome = { outcome: params.outcome, interrupts: params.interrupts ?? null };
    },
  });
  return {
    events,
    outcome,
    state: structuredClone(agent.state),
    messages: agent.messages.map(({ role, content }) => ({ role, content })),
  };
};
document.querySelector("#status").textContent = "ready";

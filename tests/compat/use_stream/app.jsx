// A chat page on the JS SDK's React `useStream` hook, as Agent Chat UI builds one: it streams the
// `agent` graph (tests/compat/agent_graph.py) from `kpl serve`'s /langgraph, shows the pending
// interrupt and resumes it; a reload mid-run rejoins the run. Bundled at test time with esbuild
// (tests/compat/test_use_stream_browser.py).
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { useStream } from "@langchain/langgraph-sdk/react";

const query = new URLSearchParams(location.search);
const apiUrl = query.get("api");
const gate = query.get("gate"); // the model waits there until the test opens it
window.__texts = []; // every text an AI message showed, in order: the stream as the user saw it

function text(message) {
  return typeof message.content === "string" ? message.content : JSON.stringify(message.content);
}

function App() {
  // The thread outlives a reload, as a chat UI keeps it in its URL.
  const [threadId, setThreadId] = useState(() => sessionStorage.getItem("thread"));
  const [draft, setDraft] = useState("");
  const stream = useStream({
    apiUrl,
    assistantId: "agent",
    messagesKey: "messages",
    threadId,
    onThreadId: (id) => {
      sessionStorage.setItem("thread", id);
      setThreadId(id);
    },
    reconnectOnMount: true, // a reload rejoins the run it left (its stream is resumable)
  });
  for (const message of stream.messages) {
    if (message.type === "ai" && window.__texts.at(-1) !== text(message)) {
      window.__texts.push(text(message));
    }
  }
  const interrupt = stream.interrupt;
  return (
    <main>
      <ol id="messages">
        {stream.messages.map((message, index) => (
          <li key={message.id ?? index} data-type={message.type}>
            {text(message)}
          </li>
        ))}
      </ol>
      <p id="interrupt">{interrupt?.value?.question ?? ""}</p>
      <p id="status">{stream.isLoading ? "loading" : "idle"}</p>
      <p id="thread">{threadId ?? ""}</p>
      <p id="error">{stream.error ? String(stream.error) : ""}</p>
      <input id="draft" value={draft} onChange={(event) => setDraft(event.target.value)} />
      <button
        id="send"
        onClick={() => {
          stream.submit({ messages: [{ type: "human", content: draft }], ...(gate ? { gate } : {}) });
          setDraft("");
        }}
      >
        send
      </button>
      <button id="approve" onClick={() => stream.submit(undefined, { command: { resume: "同意" } })}>
        approve
      </button>
    </main>
  );
}

createRoot(document.getElementById("root")).render(<App />);

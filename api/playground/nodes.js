/**
 * The node list: one item per graph node, whose data-state goes idle → running → done as the
 * run's node_start and node_output events arrive, with a progress bar and the node's last output.
 */

import { el } from "./render.js";

/** How a node is named in the list: a subgraph's nodes are prefixed with its namespace. */
export function nodeKey(node, namespace) {
  return namespace?.length ? `${namespace.join("/")}/${node}` : node;
}

/** The item of a node in `list`, created on first use (a subgraph's nodes are not described). */
export function nodeItem(list, key) {
  const existing = [...list.children].find((li) => li.dataset.node === key);
  if (existing) return existing;
  const item = el(
    "li",
    { class: "node", dataset: { node: key, state: "idle", runs: "0" } },
    el("span", { class: "node-name" }, key),
    el("progress", { max: "100", value: "0" }),
    el("span", { class: "node-message" }),
    el("details", { class: "node-output" }, el("summary", {}, "output"), el("pre")),
  );
  list.append(item);
  return item;
}

/** Every node back to idle, for a new run. */
export function resetNodes(list) {
  for (const item of list.children) {
    item.dataset.state = "idle";
    item.dataset.runs = "0";
    item.querySelector("progress").value = 0;
    item.querySelector(".node-message").textContent = "";
    item.querySelector("pre").textContent = "";
  }
}

"""The LangGraph Platform API under `/langgraph`, driven by the official `langgraph-sdk` client
against a real server (uvicorn on a free port): assistants, threads, runs in every served stream
mode, interrupts and resumes, background and stateless runs, joins, cancels, multitask
strategies, the same runs on `/api/v1`, and 501s for parts not served."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
import pytest
from langgraph_sdk.client import LangGraphClient
from langgraph_sdk.errors import APIStatusError, ConflictError, NotFoundError

from api.routes.langgraph.shapes import assistant_uuid
from tests.compat.support import parts_of


async def test_assistants_are_the_registered_graphs(sdk: LangGraphClient) -> None:
    found = await sdk.assistants.search(limit=100)
    names = {a["assistant_id"] for a in found}
    # the built-in flows and the developers' graphs (KPL_GRAPHS)
    assert {"exam_generation", "exam_grading", "practice_dialogue", "help"} <= names
    assert {"chat", "slow", "tokens"} <= names
    assert await sdk.assistants.count(graph_id="chat") == 1
    assert await sdk.assistants.search(graph_id="chat", select=["assistant_id"]) == [
        {"assistant_id": "chat"}
    ]
    paged = await sdk.assistants.search(limit=2, offset=1)
    assert [a["assistant_id"] for a in paged] == sorted(names)[1:3]
    chat = await sdk.assistants.get("chat")
    assert chat["graph_id"] == "chat" and "asks the learner" in chat["description"]
    assert await sdk.assistants.get(assistant_uuid("chat")) == chat
    created = await sdk.assistants.create(graph_id="chat", if_exists="do_nothing")
    assert created == chat
    with pytest.raises(NotFoundError):
        await sdk.assistants.get("no-such-graph")
    drawn = await sdk.assistants.get_graph("chat")
    assert {"greet", "worker", "ask"} <= {node["id"] for node in drawn["nodes"]}
    assert {"source": "greet", "target": "worker", "conditional": True} in drawn["edges"]
    schemas = await sdk.assistants.get_schemas("practice_dialogue")
    assert schemas["graph_id"] == "practice_dialogue"
    assert "scenario" in schemas["input_schema"]["properties"]


async def test_threads_create_get_search_update_delete(sdk: LangGraphClient) -> None:
    tag = uuid.uuid4().hex
    first = await sdk.threads.create(metadata={"tag": tag, "n": 1})
    second = await sdk.threads.create(metadata={"tag": tag, "n": 2}, graph_id="chat")
    assert first["status"] == "idle" and first["metadata"] == {"tag": tag, "n": 1}
    got = await sdk.threads.get(first["thread_id"])
    assert got["thread_id"] == first["thread_id"] and got["values"] == {}
    # an id the client chooses, and if_exists
    chosen = str(uuid.uuid4())
    made = await sdk.threads.create(thread_id=chosen, metadata={"tag": tag, "n": 3})
    assert made["thread_id"] == chosen
    again = await sdk.threads.create(thread_id=chosen, if_exists="do_nothing")
    assert again["metadata"]["n"] == 3
    with pytest.raises(ConflictError):
        await sdk.threads.create(thread_id=chosen, if_exists="raise")
    tagged = await sdk.threads.search(metadata={"tag": tag}, limit=10)
    assert {t["thread_id"] for t in tagged} == {first["thread_id"], second["thread_id"], chosen}
    assert len(await sdk.threads.search(metadata={"tag": tag}, limit=2)) == 2
    assert len(await sdk.threads.search(metadata={"tag": tag}, limit=2, offset=2)) == 1
    assert await sdk.threads.count(metadata={"tag": tag, "n": 2}) == 1
    slim = await sdk.threads.search(metadata={"tag": tag}, select=["thread_id", "status"])
    assert all(set(t) == {"thread_id", "status"} for t in slim) and len(slim) == 3
    updated = await sdk.threads.update(first["thread_id"], metadata={"label": "mine"})
    assert updated["metadata"] == {"tag": tag, "n": 1, "label": "mine"}
    await sdk.threads.delete(chosen)
    with pytest.raises(NotFoundError):
        await sdk.threads.get(chosen)
    assert await sdk.threads.count(metadata={"tag": tag}) == 2
    pruned = await sdk.threads.prune([first["thread_id"], second["thread_id"]])
    assert pruned == {"pruned_count": 2}
    assert await sdk.threads.count(metadata={"tag": tag}) == 0


async def test_a_run_streams_values_and_updates_then_resumes_its_interrupt(
    sdk: LangGraphClient,
) -> None:
    thread = await sdk.threads.create()
    parts = await parts_of(
        sdk.runs.stream(thread["thread_id"], "chat", input={}, stream_mode=["values", "updates"])
    )
    events = [p.event for p in parts]
    assert events[0] == "metadata" and events[-1] == "end"
    run_id = parts[0].data["run_id"]
    assert all(p.id.startswith(f"{run_id}:") for p in parts if p.event != "end")
    updates = [p.data for p in parts if p.event == "updates"]
    assert updates[0] == {"greet": {"greeting": "你好，learner"}}
    assert sorted(u["worker"]["items"][0] for u in updates if "worker" in u) == [0, 10, 20]
    paused = [u["__interrupt__"] for u in updates if "__interrupt__" in u]
    assert paused and paused[0][0]["value"] == {"kind": "learner_reply", "prompt": "你好，learner"}
    values = [p.data for p in parts if p.event == "values"]
    assert values[-1]["items"] == [0, 10, 20] and "reply" not in values[-1]
    assert values[-1]["__interrupt__"] == paused[0]  # as LangGraph's server streams a pause
    assert "custom" not in events  # only the modes asked for

    waiting = await sdk.threads.get(thread["thread_id"])
    assert waiting["status"] == "interrupted"
    [pending] = list(waiting["interrupts"].values())
    assert pending[0]["id"] == paused[0][0]["id"]
    state = await sdk.threads.get_state(thread["thread_id"])
    assert state["next"] == ["ask"] and state["interrupts"][0]["id"] == paused[0][0]["id"]
    assert state["checkpoint"]["checkpoint_id"]

    done = await sdk.runs.wait(thread["thread_id"], "chat", command={"resume": "谢谢"})
    assert done["reply"] == "谢谢" and done["items"] == [0, 10, 20]
    assert (await sdk.threads.get(thread["thread_id"]))["status"] == "idle"
    history = await sdk.threads.get_history(thread["thread_id"], limit=100)
    assert history[0]["values"]["reply"] == "谢谢"
    steps = [h["metadata"]["step"] for h in history]
    assert steps == sorted(steps, reverse=True) and len(history) >= 4
    at = await sdk.threads.get_state(
        thread["thread_id"], checkpoint_id=history[-2]["checkpoint"]["checkpoint_id"]
    )
    assert at["values"] == history[-2]["values"]


async def test_custom_and_model_tokens_stream_in_langgraph_modes(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create()
    parts = await parts_of(
        sdk.runs.stream(thread["thread_id"], "chat", input={}, stream_mode="custom")
    )
    custom = [p.data for p in parts if p.event == "custom"]
    assert {"kind": "progress", "progress": 50, "message": "greeting", "node": "greet"} in custom
    assert "".join(c["text"] for c in custom if c["kind"] == "token") == "你好，learner"

    tokens = await sdk.threads.create()
    parts = await parts_of(
        sdk.runs.stream(
            tokens["thread_id"], "tokens", input={"chunks": 8}, stream_mode="messages-tuple"
        )
    )
    pairs = [p.data for p in parts if p.event == "messages"]
    speak = [m for m, meta in pairs if meta["langgraph_node"] == "speak"]
    assert "".join(m["content"] for m in speak) == "".join(f"w{i:03d}" for i in range(8))
    assert all(m["type"] == "AIMessageChunk" for m in speak)

    partial = await parts_of(
        sdk.runs.stream(tokens["thread_id"], "tokens", input={"chunks": 4}, stream_mode="messages")
    )
    grown = [p.data[0]["content"] for p in partial if p.event == "messages/partial"]
    assert "w000w001w002w003" in grown and "w000w001" in grown
    assert any(p.event == "messages/metadata" for p in partial)


async def test_a_practice_interrupts_and_resumes_with_a_command(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create()
    opening = await sdk.runs.wait(
        thread["thread_id"], "practice_dialogue", input={"scenario": "objection-handling"}
    )
    [asked] = opening["__interrupt__"]
    assert "prompt" in asked["value"]
    turn = await parts_of(
        sdk.runs.stream(
            thread["thread_id"],
            "practice_dialogue",
            command={"resume": "您好，您担心的是价格吗？"},
            stream_mode="updates",
        )
    )
    updates = [p.data for p in turn if p.event == "updates"]
    assert any("__interrupt__" in u for u in updates)  # the customer answers and waits again
    state = await sdk.threads.get_state(thread["thread_id"])
    learner = [line for line in state["values"]["transcript"] if line["role"] == "learner"]
    assert learner[-1]["text"] == "您好，您担心的是价格吗？"


async def test_an_exam_runs_through_the_pipeline_and_its_cache(sdk: LangGraphClient) -> None:
    """A built-in flow's run passes the project's pipeline here too: the same exam asked twice
    is answered the second time from the result cache, as the thread's values."""
    asked = {"course": "eyewear-frontdesk-zh", "single_choice": 2}
    first = await sdk.runs.wait(
        (await sdk.threads.create())["thread_id"], "exam_generation", input=asked
    )
    assert len(first["exam"]["questions"]) == 2
    again = await sdk.threads.create()
    parts = await parts_of(
        sdk.runs.stream(again["thread_id"], "exam_generation", input=asked, stream_mode="values")
    )
    values = [p.data for p in parts if p.event == "values"]
    assert len(values) == 1 and values[0]["exam"] == first["exam"]  # no graph ran: cached
    cached = await sdk.runs.wait(again["thread_id"], "exam_generation", input=asked)
    assert cached["exam"] == first["exam"]


async def test_background_runs_join_and_list(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create()
    run = await sdk.runs.create(thread["thread_id"], "slow", input={"delay": 0.3})
    assert run["status"] in ("pending", "running") and run["assistant_id"] == "slow"
    result = await sdk.runs.join(thread["thread_id"], run["run_id"])
    assert result == {"before": True, "after": True, "delay": 0.3}
    finished = await sdk.runs.get(thread["thread_id"], run["run_id"])
    assert finished["status"] == "success"
    listed = await sdk.runs.list(thread["thread_id"])
    assert [r["run_id"] for r in listed] == [run["run_id"]]


async def test_stateless_runs_forget_their_thread_unless_kept(sdk: LangGraphClient) -> None:
    made: list[Any] = []
    stateless = await sdk.runs.wait(None, "slow", input={"delay": 0.01}, on_run_created=made.append)
    assert stateless["after"] is True
    with pytest.raises(NotFoundError):  # on_completion=delete, LangGraph's default here
        await sdk.threads.get(made[0]["thread_id"])
    streamed = await parts_of(
        sdk.runs.stream(None, "slow", input={"delay": 0}, on_run_created=made.append)
    )
    assert streamed[-2].data["after"] is True
    while True:  # deleted once the run has ended, after the stream's last part
        try:
            await sdk.threads.get(made[1]["thread_id"])
        except NotFoundError:
            break
        await asyncio.sleep(0.02)
    kept = await sdk.runs.wait(
        None, "slow", input={"delay": 0}, on_completion="keep", on_run_created=made.append
    )
    assert (await sdk.threads.get(made[2]["thread_id"]))["values"] == kept


async def test_batches_of_runs_and_cancelling_many(sdk: LangGraphClient) -> None:
    started = await sdk.runs.create_batch(
        [
            {"assistant_id": "slow", "input": {"delay": 0.1}, "on_completion": "keep"},
            {"assistant_id": "chat", "input": {}, "on_completion": "keep"},
        ]
    )
    assert [r["assistant_id"] for r in started] == ["slow", "chat"]
    first = await sdk.runs.join(started[0]["thread_id"], started[0]["run_id"])
    second = await sdk.runs.join(started[1]["thread_id"], started[1]["run_id"])
    assert first["after"] is True and second["__interrupt__"]

    threads = [await sdk.threads.create() for _ in range(3)]
    longs = [await sdk.runs.create(t["thread_id"], "slow", input={"delay": 60}) for t in threads]
    await sdk.runs.cancel_many(thread_id=threads[0]["thread_id"], run_ids=[longs[0]["run_id"]])
    status = [(await sdk.runs.get(r["thread_id"], r["run_id"]))["status"] for r in longs]
    assert status[0] == "interrupted" and set(status[1:]) <= {"pending", "running"}
    await sdk.runs.cancel_many(status="all")  # every run of the caller's that has not ended
    for run in longs:
        assert (await sdk.runs.get(run["thread_id"], run["run_id"]))["status"] == "interrupted"


async def test_join_stream_after_a_last_event_id_has_no_gap_and_no_repeat(
    sdk: LangGraphClient,
) -> None:
    thread = await sdk.threads.create()
    run = await sdk.runs.create(
        thread["thread_id"],
        "chat",
        input={},
        stream_mode=["values", "updates", "custom"],
        stream_resumable=True,
    )
    whole = await parts_of(sdk.runs.join_stream(thread["thread_id"], run["run_id"]))
    framed = [p for p in whole if p.event != "end"]
    assert {"metadata", "values", "updates", "custom"} <= {p.event for p in framed}
    for cut in (1, len(framed) // 2, len(framed) - 1):
        rest = await parts_of(
            sdk.runs.join_stream(
                thread["thread_id"], run["run_id"], last_event_id=framed[cut - 1].id
            )
        )
        assert [(p.event, p.data, p.id) for p in rest if p.event != "end"] == [
            (p.event, p.data, p.id) for p in framed[cut:]
        ]
    again = await parts_of(  # the JS SDK's "from the start"
        sdk.runs.join_stream(thread["thread_id"], run["run_id"], last_event_id="-1")
    )
    assert [(p.event, p.id) for p in again] == [(p.event, p.id) for p in whole]
    only = await parts_of(
        sdk.runs.join_stream(thread["thread_id"], run["run_id"], stream_mode="updates")
    )
    assert {p.event for p in only} == {"metadata", "updates", "end"}  # metadata always comes


async def test_cancel_and_multitask_strategies(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create()
    long = await sdk.runs.create(thread["thread_id"], "slow", input={"delay": 60})
    assert (await sdk.threads.get(thread["thread_id"]))["status"] == "busy"
    with pytest.raises(ConflictError):  # multitask_strategy reject (the default)
        await sdk.runs.create(thread["thread_id"], "slow", input={"delay": 0})
    await sdk.runs.cancel(thread["thread_id"], long["run_id"], wait=True)
    cancelled = await sdk.runs.get(thread["thread_id"], long["run_id"])
    assert cancelled["status"] == "interrupted"

    first = await sdk.runs.create(thread["thread_id"], "slow", input={"delay": 60})
    second = await sdk.runs.create(
        thread["thread_id"], "slow", input={"delay": 0}, multitask_strategy="interrupt"
    )
    assert (await sdk.runs.join(thread["thread_id"], second["run_id"]))["after"] is True
    assert (await sdk.runs.get(thread["thread_id"], first["run_id"]))["status"] == "interrupted"

    ahead = await sdk.runs.create(thread["thread_id"], "slow", input={"delay": 0.3})
    queued = await sdk.runs.create(
        thread["thread_id"], "slow", input={"delay": 0}, multitask_strategy="enqueue"
    )
    await sdk.runs.join(thread["thread_id"], queued["run_id"])
    assert (await sdk.runs.get(thread["thread_id"], ahead["run_id"]))["status"] == "success"


async def test_on_disconnect_cancel_stops_the_run(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create()
    stream = sdk.runs.stream(
        thread["thread_id"], "slow", input={"delay": 60}, on_disconnect="cancel"
    )
    first = await anext(stream)
    assert first.event == "metadata"
    await stream.aclose()  # the client goes away mid-run
    run_id = first.data["run_id"]
    await sdk.runs.join(thread["thread_id"], run_id)  # it ends without waiting its minute
    assert (await sdk.runs.get(thread["thread_id"], run_id))["status"] == "interrupted"


async def test_commands_and_state_updates_steer_a_thread(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create()
    await sdk.runs.wait(thread["thread_id"], "chat", input={})
    done = await sdk.runs.wait(
        thread["thread_id"], "chat", command={"resume": "好的", "update": {"items": [99]}}
    )
    assert done["reply"] == "好的" and done["items"] == [0, 10, 20, 99]

    other = await sdk.threads.create()
    await sdk.runs.wait(other["thread_id"], "chat", input={})
    written = await sdk.threads.update_state(
        other["thread_id"], {"greeting": "改过的问候"}, as_node="worker"
    )
    state = await sdk.threads.get_state(other["thread_id"])
    assert state["checkpoint"] == written["checkpoint"]
    assert state["values"]["greeting"] == "改过的问候" and state["next"] == ["ask"]
    asked = await sdk.runs.wait(other["thread_id"], "chat")  # no input: the thread goes on
    assert asked["__interrupt__"][0]["value"]["prompt"] == "改过的问候"

    copied = await sdk.threads.copy(thread["thread_id"])
    assert copied["thread_id"] != thread["thread_id"]
    assert (await sdk.threads.get_state(copied["thread_id"]))["values"] == done


async def test_a_chat_agent_of_langchain_messages(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create()
    parts = await parts_of(
        sdk.runs.stream(
            thread["thread_id"],
            "agent",
            input={"messages": [{"role": "user", "content": "太贵了"}]},
            stream_mode=["values", "messages-tuple"],
        )
    )
    tokens = [m["content"] for m, meta in (p.data for p in parts if p.event == "messages")]
    assert "".join(tokens) == "您好，您说的是「太贵了」吗？"
    last = [p.data for p in parts if p.event == "values"][-1]
    assert [m["type"] for m in last["messages"]] == ["human", "ai"]
    assert last["messages"][1]["content"] == "您好，您说的是「太贵了」吗？"
    # the checkpoint (SQLite, strict serializer) gives the messages back
    state = await sdk.threads.get_state(thread["thread_id"])
    assert state["values"]["messages"] == last["messages"]
    assert state["interrupts"][0]["value"]["question"] == "发送这条回复吗？"

    approved = await parts_of(
        sdk.runs.stream(
            thread["thread_id"], "agent", command={"resume": "同意"}, stream_mode="messages"
        )
    )
    complete = [p.data[0] for p in approved if p.event == "messages/complete"]
    assert [(m["type"], m["content"]) for m in complete] == [("human", "审核：同意")]
    assert any(p.event == "messages/metadata" for p in approved)

    again = await parts_of(
        sdk.runs.stream(
            thread["thread_id"],
            "agent",
            input={"messages": [{"role": "user", "content": "再说一遍"}]},
            stream_mode="messages",
        )
    )
    partial = [p.data[0]["content"] for p in again if p.event == "messages/partial"]
    said = "您好，您说的是「再说一遍」吗？"
    assert partial[:4] == ["您好，", "您好，您说的是", "您好，您说的是「再说一遍」", said]
    assert partial[-1] == said  # each part is the message whole so far
    [whole] = [p.data[0] for p in again if p.event == "messages/complete"]
    assert whole["type"] == "ai" and whole["content"] == partial[-1]


async def test_a_run_from_an_earlier_checkpoint_forks_the_thread(sdk: LangGraphClient) -> None:
    """What a chat UI's "edit and send again" does: the run goes on from the checkpoint before
    the first message, and the thread's newest state is the new branch."""
    thread = await sdk.threads.create()
    await sdk.runs.wait(
        thread["thread_id"], "agent", input={"messages": [{"role": "user", "content": "太贵了"}]}
    )
    history = await sdk.threads.get_history(thread["thread_id"], limit=100)
    [start] = [h for h in history if h["next"] == ["__start__"]]
    branch = await sdk.runs.wait(
        thread["thread_id"],
        "agent",
        input={"messages": [{"role": "user", "content": "能便宜点吗"}]},
        checkpoint_id=start["checkpoint"]["checkpoint_id"],
    )
    said = [m["content"] for m in branch["messages"]]
    assert said == ["能便宜点吗", "您好，您说的是「能便宜点吗」吗？"]
    state = await sdk.threads.get_state(thread["thread_id"])
    assert [m["content"] for m in state["values"]["messages"]] == said
    forked = await sdk.threads.get_history(thread["thread_id"], limit=100)
    assert len(forked) > len(history)  # the first branch stays in the history
    with pytest.raises(httpx.HTTPStatusError) as unknown:
        await sdk.runs.wait(thread["thread_id"], "agent", checkpoint_id=str(uuid.uuid4()))
    assert unknown.value.response.status_code == 404


async def test_subgraphs_debug_tasks_and_checkpoints_stream(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create()
    parts = await parts_of(
        sdk.runs.stream(
            thread["thread_id"],
            "nested",
            input={},
            stream_mode=["updates", "tasks", "checkpoints", "debug"],
            stream_subgraphs=True,
        )
    )
    names = [p.event for p in parts]
    inner = [p for p in parts if p.event.startswith("updates|inner:")]
    assert len(inner) == 5  # the five nodes of the chain inside `inner`
    assert any(p.event == "updates" and "inner" in p.data for p in parts)
    tasks = [p.data for p in parts if p.event == "tasks"]
    assert {t["name"] for t in tasks} == {"inner"} and any("result" in t for t in tasks)
    checkpoints = [p.data for p in parts if p.event == "checkpoints"]
    assert checkpoints and all("values" in c and "metadata" in c for c in checkpoints)
    assert {p.data["type"] for p in parts if p.event == "debug"} >= {"task", "task_result"}
    flat = await parts_of(
        sdk.runs.stream(thread["thread_id"], "nested", input={}, stream_mode="updates")
    )
    assert not [p for p in flat if "|" in p.event] and "updates" in names


async def test_interrupt_before_pauses_a_run_at_a_node(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create()
    paused = await sdk.runs.wait(
        thread["thread_id"], "slow", input={"delay": 0}, interrupt_before=["sleepy"]
    )
    assert paused == {"before": True, "delay": 0}
    state = await sdk.threads.get_state(thread["thread_id"])
    assert state["next"] == ["sleepy"]
    assert (await sdk.threads.get(thread["thread_id"]))["status"] == "interrupted"
    done = await sdk.runs.wait(thread["thread_id"], "slow")  # no input: it goes on
    assert done["after"] is True


async def test_the_same_run_on_the_projects_own_api(sdk: LangGraphClient, server: str) -> None:
    """A thread and a run of /langgraph are the project's: /api/v1 reads and joins them with
    its own events only (LangGraph's chunks stay on their channel)."""
    thread = await sdk.threads.create()
    run = await sdk.runs.create(thread["thread_id"], "chat", input={}, stream_mode="values")
    await sdk.runs.join(thread["thread_id"], run["run_id"])
    base = f"{server}/api/v1/threads/{thread['thread_id']}"
    async with httpx.AsyncClient(timeout=30) as http:
        state = (await http.get(f"{base}/state")).json()
        assert state["values"]["items"] == [0, 10, 20] and state["next"] == ["ask"]
        async with http.stream("GET", f"{base}/runs/{run['run_id']}/stream") as joined:
            names = [
                line[len("event: ") :]
                async for line in joined.aiter_lines()
                if line.startswith("event: ")
            ]
    assert names[0] == "started" and names[-1] == "completed" and "interrupt" in names
    assert "langgraph" not in names


async def test_the_store_keeps_items_by_namespace(sdk: LangGraphClient) -> None:
    tag = uuid.uuid4().hex
    await sdk.store.put_item(["notes", tag], key="a", value={"text": "退款规则", "kind": "rule"})
    await sdk.store.put_item(["notes", tag, "old"], key="b", value={"text": "旧", "kind": "memo"})
    item = await sdk.store.get_item(["notes", tag], key="a")
    assert item["namespace"] == ["notes", tag] and item["value"]["text"] == "退款规则"
    found = await sdk.store.search_items(["notes", tag])
    assert {i["key"] for i in found["items"]} == {"a", "b"}
    rules = await sdk.store.search_items(["notes", tag], filter={"kind": "rule"})
    assert [i["key"] for i in rules["items"]] == ["a"]
    with pytest.raises(APIStatusError) as refused:  # the SQLite store cannot match such a key
        await sdk.store.search_items(["notes", tag], filter={"kind = 1; --": "rule"})
    assert refused.value.response.status_code == 422
    assert "filter" in refused.value.response.text
    spaces = await sdk.store.list_namespaces(prefix=["notes", tag])
    assert sorted(spaces["namespaces"]) == [["notes", tag], ["notes", tag, "old"]]
    assert (await sdk.store.list_namespaces(prefix=["notes", tag], max_depth=2))["namespaces"] == [
        ["notes", tag]
    ]
    await sdk.store.delete_item(["notes", tag], key="a")
    with pytest.raises(NotFoundError):
        await sdk.store.get_item(["notes", tag], key="a")


async def test_a_part_not_served_is_a_501_naming_it(sdk: LangGraphClient, server: str) -> None:
    with pytest.raises(APIStatusError) as refused:
        await sdk.crons.search()
    assert refused.value.response.status_code == 501
    assert refused.value.response.json()["error"]["details"]["part"] == "crons"
    with pytest.raises(APIStatusError) as ttl:
        await sdk.store.put_item(["notes"], key="k", value={"v": 1}, ttl=5)
    assert ttl.value.response.json()["error"]["details"]["part"] == "store ttl"
    thread = await sdk.threads.create()
    with pytest.raises(APIStatusError) as events:
        await parts_of(sdk.runs.stream(thread["thread_id"], "chat", stream_mode="events"))
    assert events.value.response.status_code == 501
    assert events.value.response.json()["error"]["details"]["part"] == "stream_mode events"
    with pytest.raises(httpx.HTTPStatusError) as v3:  # the v3 transport raises httpx's own
        async with sdk.threads.stream(thread["thread_id"], assistant_id="chat") as session:
            await session.run.start(input={})
    assert v3.value.response.status_code == 501
    with pytest.raises(APIStatusError) as pruning:  # SQLite keeps every checkpoint
        await sdk.threads.prune([thread["thread_id"]], strategy="keep_latest")
    assert pruning.value.response.json()["error"]["details"]["part"] == (
        "threads prune keep_latest"
    )
    with pytest.raises(APIStatusError) as rollback:  # SQLite cannot delete a run's checkpoints
        await sdk.runs.create(thread["thread_id"], "slow", multitask_strategy="rollback")
    assert rollback.value.response.status_code == 501
    assert rollback.value.response.json()["error"]["details"]["part"] == (
        "multitask_strategy rollback"
    )

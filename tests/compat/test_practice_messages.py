"""The practice as a chat over the official SDK (issue 16): the role-play's `messages` channel
holds the customer's lines as `ai` messages and the learner's replies as `human` ones, in
LangChain's message shape, so a chat client (Agent Chat UI, `useStream`) shows it as a chat and
resumes its interrupt with the learner's reply."""

from __future__ import annotations

from langgraph_sdk.client import LangGraphClient


async def test_a_practice_reads_as_a_chat_and_resumes_by_command(sdk: LangGraphClient) -> None:
    thread = await sdk.threads.create()
    opening = await sdk.runs.wait(
        thread["thread_id"], "practice_dialogue", input={"scenario": "objection-handling"}
    )
    [customer] = opening["messages"]
    assert customer["type"] == "ai" and customer["name"] == "customer"
    assert customer["content"] == opening["transcript"][0]["text"]
    [asked] = opening["__interrupt__"]
    assert asked["value"]["prompt"] == customer["content"]  # what the chat shows is what waits

    reply = "您好，我是会籍顾问，价格这块您是觉得贵了吗？"
    turn = await sdk.runs.wait(thread["thread_id"], "practice_dialogue", command={"resume": reply})
    kinds = [m["type"] for m in turn["messages"]]
    assert kinds == ["ai", "human", "ai"]
    learner, answer = turn["messages"][1], turn["messages"][2]
    assert learner["content"] == reply and learner["name"] == "learner"
    assert answer["content"] == turn["transcript"][-1]["text"]
    assert len({m["id"] for m in turn["messages"]}) == 3  # a chat client keys messages by id

    # The checkpoint keeps them: a client that reconnects reads the same chat from the state.
    state = await sdk.threads.get_state(thread["thread_id"])
    assert state["values"]["messages"] == turn["messages"]

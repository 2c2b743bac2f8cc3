"""A practice over the chat endpoint of the real app: the brief comes first, and while the
practice is paused only a bare command ends or leaves it (a sentence in role is a reply)."""

from __future__ import annotations

import httpx
import pytest

from tests.api.test_chat import chat, named


async def start(client: httpx.AsyncClient, message: str = "开始投诉处理练习") -> str:
    opening = await chat(client, message=message)
    assert opening[-1].data["status"] == "interrupted"
    thread_id: str = named(opening, "started")[0].data["thread_id"]
    return thread_id


async def test_the_brief_comes_before_the_customers_first_line(client: httpx.AsyncClient) -> None:
    events = await chat(client, message="开始投诉处理练习")
    (brief,) = named(events, "brief")
    assert brief.data["scenario"] == "complaint-handling"
    assert brief.data["role"] == "微笑口腔前台主管"
    assert "前台主管" in brief.data["background"]
    assert any("100 元洁牙抵用券" in item for item in brief.data["may_offer"])
    assert len(brief.data["objectives"]) == 4
    assert set(brief.data) == {
        "run_id", "scenario", "title", "background", "role", "objectives", "may_offer",
    }  # fmt: skip
    assert "hidden_goal" not in str(brief.data) and "不想换诊所" not in str(brief.data)
    order = [f.event for f in events]
    assert order.index("brief") < order.index("token") < order.index("interrupt")
    assert brief.id is not None

    light = await chat(client, message="开始投诉处理练习", stream_mode="light")
    assert named(light, "brief")  # a learner cannot practise without it
    thread_id = named(light, "started")[0].data["thread_id"]
    reply = await chat(client, message="非常抱歉让您久等了。", thread_id=thread_id)
    assert not named(reply, "brief")  # the first run only


@pytest.mark.parametrize(
    "line",
    [
        "您先别急着结束，听我说完，这个费用我们会处理。",
        "我们有个测验，您要不要先做做看？",
        "Please don't end the call yet, let me explain.",
    ],
)
async def test_a_sentence_in_role_is_a_reply_whatever_it_holds(
    client: httpx.AsyncClient, line: str
) -> None:
    thread_id = await start(client)
    events = await chat(client, message=line, thread_id=thread_id)
    route = named(events, "route")[0].data
    assert (route["intent"], route["graph"]) == ("practice_reply", "practice_dialogue")
    assert events[-1].data["status"] == "interrupted"  # the customer answers, the session goes on
    status = (await client.get("/chat/stream/status", params={"thread_id": thread_id})).json()
    assert status["status"] == "interrupted"


@pytest.mark.parametrize("command", ["结束", "退出", "quit", "end", "结束练习"])
async def test_a_bare_quit_word_ends_the_practice(client: httpx.AsyncClient, command: str) -> None:
    thread_id = await start(client)
    await chat(client, message="非常抱歉让您久等了，我理解您的心情。", thread_id=thread_id)
    events = await chat(client, message=command, thread_id=thread_id)
    assert named(events, "route")[0].data["intent"] == "practice_end"
    done = events[-1].data
    assert done["status"] == "success"
    report = done["output"]["report"]
    assert report["ended"] == "quit" and report["turns"] == 1


async def test_action_end_ends_the_practice_whatever_the_message(
    client: httpx.AsyncClient,
) -> None:
    thread_id = await start(client)
    events = await chat(client, message="", thread_id=thread_id, action="end")
    route = named(events, "route")[0].data
    assert (route["intent"], route["source"]) == ("practice_end", "explicit")
    assert events[-1].data["output"]["report"]["ended"] == "quit"
    again = await chat(client, message="", thread_id=thread_id, action="end")
    assert again[-1].event == "error"
    assert "no practice session waiting" in again[-1].data["message"]


async def test_a_bare_command_still_leaves_the_practice(client: httpx.AsyncClient) -> None:
    thread_id = await start(client)
    events = await chat(client, message="出3道单选题考考我", thread_id=thread_id)
    route = named(events, "route")[0].data
    assert (route["intent"], route["source"]) == ("exam_generate", "explicit")

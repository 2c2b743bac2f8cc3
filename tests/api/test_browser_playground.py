"""The playground's chat-frontend items of issue 14, in a real headless Chromium against a real server.

Multi-line input, clarify options as buttons, the practice's evaluation and mood beside the
conversation (built from what the runs sent, and from the thread's state when a thread is opened),
the help answer rendered, the cached-run note, stale errors cleared, the exam view's tools, one
version label per graph, and the layout at a phone's width.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.api.browser_support import chromium_page, require_chromium
from tests.api.cli_process import run_kpl
from tests.api.conftest import make_settings
from tests.api.server import live_server
from tests.api.sse_client import read_all
from tests.support.definitions import content_folder

if TYPE_CHECKING:  # playwright is imported lazily, so a machine without it can skip these tests
    from playwright.async_api import Page

pytestmark = pytest.mark.slow

WAIT_MS = 90_000  # how long a wait may last before it fails; a wait, never an asserted duration
XSS = "<img src=x onerror=window.__xss=1>"
MATERIAL_LINES = (
    "会员年卡价格为3980元，可分12期免息。",
    "新会员可免费体测一次。",
    "年卡可以冻结一次，最长冻结30天。",
    "私教课每节300元，购买20节以上享受九折优惠。",
)
MATERIAL = "\n".join(MATERIAL_LINES)
REPLIES = (
    "理解您的顾虑，请问您平时什么时候有空锻炼？",
    "您的健身目标是减脂还是增肌呢？以前有没有坚持不下来的情况？",
    "年卡折算下来每天不到11元，还可以分12期免息，也能冻结一次，出差加班不浪费。",
)
LABEL = re.compile(r"^v1 · [0-9a-f]{6}$")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """The shipped content, one course's title holding markup (the help answer lists it)."""
    root = content_folder(tmp_path)
    course = root / "courses" / "coffee-service-en.yaml"
    text = course.read_text(encoding="utf-8")
    course.write_text(
        text.replace(
            "title: Harbour Coffee Front-of-House Service",
            f'title: "Harbour Coffee {XSS} Service"',
        ),
        encoding="utf-8",
    )
    return root


@pytest.fixture
def server_url(tmp_path: Path, content: Path) -> Iterator[str]:
    """A running server over `content`; the browser is required first."""
    require_chromium()
    with live_server(make_settings(tmp_path, content_dir=content)) as url:
        yield url


async def wait_status(page: Page, status: str) -> None:
    """Wait until the playground shows the watched run in `status`."""
    await page.wait_for_selector(f'#run-status[data-status="{status}"]', timeout=WAIT_MS)


async def open_playground(page: Page, url: str, query: str = "") -> None:
    """Open the playground and wait until it has listed the flows."""
    await page.goto(f"{url}/playground/{query}")
    await page.wait_for_selector('#flow-select[data-loaded="true"]', timeout=WAIT_MS)


async def texts(page: Page, selector: str) -> list[str]:
    """The text of every element matching `selector`, in page order."""
    return [str(t) for t in await page.locator(selector).all_text_contents()]


async def wait_learner_turns(page: Page, count: int) -> None:
    """Wait until `count` learner lines are shown and the practice waits again."""
    await page.wait_for_function(
        """n => document.querySelectorAll('#turns .turn[data-role="learner"]').length === n
            && document.getElementById('run-status').dataset.status === 'interrupted'""",
        arg=count,
        timeout=WAIT_MS,
    )


async def test_the_chat_box_keeps_line_breaks_enter_sends_shift_enter_breaks(
    server_url: str,
) -> None:
    async with chromium_page() as page:
        await open_playground(page, server_url)
        sent: list[str] = []
        page.on(
            "request",
            lambda request: sent.append(request.url) if "/chat/stream" in request.url else None,
        )
        box = page.locator("#chat-input")
        assert await box.evaluate("node => node.tagName") == "TEXTAREA"
        await box.click()
        await page.keyboard.type("出2道判断题：")
        await page.keyboard.press("Shift+Enter")  # a line break, nothing sent
        # Pasted material arrives as one insertion with its own line breaks.
        await page.keyboard.insert_text(MATERIAL)
        assert await box.input_value() == f"出2道判断题：\n{MATERIAL}"
        assert sent == []
        assert await page.get_attribute("#run-status", "data-status") == "idle"

        await page.keyboard.press("Enter")
        await wait_status(page, "success")
        assert await box.input_value() == ""  # sent, so cleared
        assert len(sent) == 1
        (message,) = parse_qs(urlsplit(sent[0]).query)["message"]
        assert message == f"出2道判断题：\n{MATERIAL}"
        thread_id = await page.text_content("#thread-id")

    # The server received the lines as lines: the exam's material keeps its breaks.
    async with httpx.AsyncClient(base_url=f"{server_url}/api/v1", timeout=30) as http:
        state = (await http.get(f"/threads/{thread_id}/state")).json()["values"]
    assert "\n".join(MATERIAL_LINES[:2]) in json.dumps(state, ensure_ascii=False).replace(
        "\\n", "\n"
    )


async def test_clarify_options_are_buttons_and_help_is_rendered_text(server_url: str) -> None:
    async with chromium_page() as page:
        await open_playground(page, server_url)
        await page.fill("#chat-input", "嗯嗯")
        await page.click("#chat-btn")
        await wait_status(page, "success")
        assert await page.get_attribute("#route", "data-intent") == "clarify"
        buttons = page.locator("#clarify-options button.clarify-option")
        assert await buttons.count() >= 2
        intents = await buttons.evaluate_all("items => items.map(b => b.dataset.intent)")
        assert "help" in intents
        assert not await page.is_visible("#run-note")  # a question, not an empty run

        # A click sends the option: the router understands it and the help flow answers.
        await page.click('#clarify-options button[data-intent="help"]')
        await page.wait_for_selector("#help-answer", timeout=WAIT_MS)
        await wait_status(page, "success")
        assert await page.get_attribute("#route", "data-intent") == "help"
        assert await page.locator("#result-json").count() == 0  # not raw JSON
        answer = page.locator("#help-answer")
        assert await answer.locator("h4").count() >= 3  # 我可以帮你 / 课程 / 练习场景 / 可以这样说
        items = await texts(page, "#help-answer li")
        assert len(items) >= 6
        assert not any(item.startswith("- ") for item in items)  # the dashes became a list
        assert "{" not in (await answer.text_content() or "")[:5]
        # A course title holding markup is shown as text and runs nothing.
        assert any(XSS in item for item in items)
        assert await page.evaluate("window.__xss") is None
        assert await page.locator("#live-panel img").count() == 0


async def test_a_practice_shows_evaluation_and_mood_and_an_opened_thread_shows_it_all(
    server_url: str,
) -> None:
    async with chromium_page() as page:
        await open_playground(page, server_url)
        await page.fill("#chat-input", "开始异议处理练习")
        await page.click("#chat-btn")
        await wait_status(page, "interrupted")
        assert await page.is_visible("#brief")  # the brief panel of the practice
        assert await page.is_visible("#mood")  # the customer's mood from the first line on
        assert await page.locator("#evaluations .turn-eval").count() == 0  # nothing evaluated
        thread_id = await page.text_content("#thread-id")
        for count, text in enumerate(REPLIES, start=1):
            await page.fill("#reply-input", text)
            await page.click("#reply-btn")
            await wait_learner_turns(page, count)
            # Beside the conversation: one evaluation per learner turn, and the mood.
            turns = await page.eval_on_selector_all(
                "#evaluations .turn-eval", "items => items.map(li => Number(li.dataset.turn))"
            )
            assert turns == list(range(1, count + 1))
        assert await page.is_visible("#practice-side")
        qualities = [
            float(q)
            for q in await page.eval_on_selector_all(
                "#evaluations .turn-eval", "items => items.map(li => li.dataset.quality)"
            )
        ]
        assert all(0 <= q <= 100 for q in qualities)
        assert all("分" in t for t in await texts(page, "#evaluations .quality"))
        mood = int(await page.get_attribute("#mood", "data-mood") or "99")
        assert -5 <= mood <= 5
        assert f"{mood:+d}" in (await page.text_content("#mood") or "") or mood == 0
        learner = await texts(page, '#turns .turn[data-role="learner"]')
        assert learner == [f"learner {text}" for text in REPLIES]
        persona = await texts(page, '#turns .turn[data-role="persona"]')
        assert len(persona) == 4

    # The thread's state agrees with what the page built from the runs' events.
    async with httpx.AsyncClient(base_url=f"{server_url}/api/v1", timeout=30) as http:
        values = (await http.get(f"/threads/{thread_id}/state")).json()["values"]
    assert values["mood"] == mood
    assert [e["quality"] for e in values["turn_evaluations"]] == qualities

    # Another page opens the thread: everything is shown again from its state, and it goes on.
    async with chromium_page() as page:
        await open_playground(page, server_url, f"?thread={thread_id}")
        await page.wait_for_selector(f'#turns[data-thread="{thread_id}"]', timeout=WAIT_MS)
        assert await texts(page, '#turns .turn[data-role="learner"]') == learner
        assert await texts(page, '#turns .turn[data-role="persona"]') == persona
        assert await page.locator("#evaluations .turn-eval").count() == len(REPLIES)
        assert int(await page.get_attribute("#mood", "data-mood") or "99") == mood
        assert await page.is_visible("#interrupt")  # the customer's question waits
        assert await page.get_attribute("#run-status", "data-status") == "interrupted"
        await page.fill("#reply-input", "我们还可以先体验一节私教课，您看看效果再决定。")
        await page.click("#reply-btn")
        await wait_learner_turns(page, len(REPLIES) + 1)
        assert await page.locator("#evaluations .turn-eval").count() == len(REPLIES) + 1
        assert await page.text_content("#thread-id") == thread_id


async def test_a_practice_turns_completed_carries_only_that_turns_lines(server_url: str) -> None:
    """What the playground appends: each turn's `completed` holds that turn's lines and
    evaluation, the same size on turn 1 and turn 3; together they are the thread's state."""
    async with httpx.AsyncClient(base_url=f"{server_url}/api/v1", timeout=60) as http:

        async def chat(**params: str) -> dict[str, object]:
            async with http.stream("GET", "/chat/stream", params=params) as response:
                frames = await read_all(response)
            assert frames[-1].event == "completed", frames[-1]
            data: dict[str, object] = frames[-1].data
            return data

        opened = await chat(message="开始异议处理练习")
        thread = str(opened["thread_id"])
        output = opened["output"]
        assert isinstance(output, dict)
        received = list(output["transcript"])
        evaluations: list[dict[str, object]] = []
        for reply in REPLIES:
            turn = (await chat(message=reply, thread_id=thread))["output"]
            assert isinstance(turn, dict)
            assert [line["role"] for line in turn["transcript"]] == ["learner", "persona"]
            assert turn["transcript"][0]["text"] == reply
            assert len(turn["turn_evaluations"]) == 1
            received += turn["transcript"]
            evaluations += turn["turn_evaluations"]
        values = (await http.get(f"/threads/{thread}/state")).json()["values"]
    assert received == values["transcript"]
    assert evaluations == values["turn_evaluations"]


async def test_a_cached_run_says_so(server_url: str) -> None:
    async with chromium_page() as page:
        await open_playground(page, server_url)
        await page.select_option("#flow-select", "exam_generation")
        await page.wait_for_selector('#nodes li[data-node="assemble_exam"]', timeout=WAIT_MS)
        await page.fill(
            "#input-json",
            json.dumps({"material": MATERIAL, "true_false": 2}, ensure_ascii=False),
        )
        await page.click("#run-btn")
        await wait_status(page, "success")
        count = await page.locator("#exam .question").count()
        assert count >= 1
        assert not await page.is_visible("#run-note")

        await page.click("#run-btn")  # the same input again: answered from the result cache
        await page.wait_for_selector('#run-note[data-kind="cached"]', timeout=WAIT_MS)
        await wait_status(page, "success")
        assert await page.is_visible("#run-note")
        assert "cache" in (await page.text_content("#run-note") or "")
        assert await page.locator("#exam .question").count() == count
        events = await page.eval_on_selector_all(
            "#event-log li", "rows => rows.map(r => r.dataset.event)"
        )
        assert events[-2:] == ["started", "completed"]  # no node ran

        # A run that is not cached hides the note again.
        await page.fill(
            "#input-json",
            json.dumps({"material": MATERIAL, "true_false": 1}, ensure_ascii=False),
        )
        await page.click("#run-btn")
        await wait_status(page, "success")
        assert not await page.is_visible("#run-note")


async def test_stale_errors_go_and_a_new_flow_brings_its_own_input(server_url: str) -> None:
    async with chromium_page() as page:
        await open_playground(page, server_url)
        await page.wait_for_selector('#definition-list[data-loaded="true"]', timeout=WAIT_MS)

        # The flow panel: a refused input's error goes with the next good run.
        await page.select_option("#flow-select", "exam_generation")
        await page.fill("#input-json", json.dumps({"material": MATERIAL, "true_false": "many"}))
        await page.click("#run-btn")
        await page.wait_for_function(
            "() => document.getElementById('page-error').textContent.includes('422')",
            timeout=WAIT_MS,
        )
        await page.fill("#input-json", json.dumps({"material": MATERIAL, "true_false": 1}))
        await page.click("#run-btn")
        await wait_status(page, "success")
        assert await page.text_content("#page-error") == ""

        # Choosing another flow puts its example input in place of the old flow's.
        await page.select_option("#flow-select", "help")
        await page.wait_for_function(
            "() => document.getElementById('input-json').dataset.graph === 'help'", timeout=WAIT_MS
        )
        assert json.loads(await page.input_value("#input-json")) == {"question": "你能做什么？"}
        # So does a chat message the router sends to another flow.
        await page.fill("#input-json", json.dumps({"question": "left over"}))
        await page.fill("#chat-input", "开始异议处理练习")
        await page.click("#chat-btn")
        await wait_status(page, "interrupted")
        await page.wait_for_function(
            "() => document.getElementById('input-json').dataset.graph === 'practice_dialogue'",
            timeout=WAIT_MS,
        )
        assert await page.input_value("#flow-select") == "practice_dialogue"
        assert json.loads(await page.input_value("#input-json")) == {
            "scenario": "objection-handling"
        }

        # The definitions panel: errors of a broken text go when the fixed text dry-runs.
        await page.click('#definition-list li[data-id="help"] .load-btn')
        await page.wait_for_function(
            "() => document.getElementById('definition-text').value.includes('id: help')",
            timeout=WAIT_MS,
        )
        # Its own sample input, not the `{}` it started with.
        assert json.loads(await page.input_value("#definition-input")) == {
            "question": "你能做什么？"
        }
        good = await page.input_value("#definition-text")
        broken = re.sub(r"type: help_answer", "type: help_answerr", good, count=1)
        assert broken != good
        await page.fill("#definition-text", broken)
        await page.click("#dry-run-btn")
        await page.wait_for_selector('#validation-result[data-valid="false"]', timeout=WAIT_MS)
        assert await page.locator("#validation-errors li").count() >= 1
        await page.fill("#definition-text", good)
        await page.click("#dry-run-btn")
        await page.wait_for_selector('#dry-run-status[data-status="success"]', timeout=WAIT_MS)
        assert await page.locator("#validation-errors li").count() == 0
        assert await page.get_attribute("#validation-result", "data-valid") == "true"

        # And a broken text validated, then fixed and validated: the list is emptied.
        await page.fill("#definition-text", broken)
        await page.click("#validate-btn")
        await page.wait_for_selector('#validation-result[data-valid="false"]', timeout=WAIT_MS)
        await page.fill("#definition-text", good)
        await page.click("#validate-btn")
        await page.wait_for_selector('#validation-result[data-valid="true"]', timeout=WAIT_MS)
        assert await page.locator("#validation-errors li").count() == 0


async def test_the_exam_view_hides_answers_and_exports_json(server_url: str) -> None:
    async with chromium_page() as page:
        await open_playground(page, server_url)
        await page.select_option("#flow-select", "exam_generation")
        await page.wait_for_selector('#nodes li[data-node="assemble_exam"]', timeout=WAIT_MS)
        await page.fill(
            "#input-json",
            json.dumps(
                {"material": MATERIAL, "single_choice": 2, "true_false": 2}, ensure_ascii=False
            ),
        )
        await page.click("#run-btn")
        await wait_status(page, "success")
        questions = page.locator("#exam .question")
        count = await questions.count()
        assert count >= 2
        answers = page.locator("#exam .answer")
        assert await answers.first.is_visible()

        await page.check("#hide-answers")
        assert await page.get_attribute("#exam", "data-hide-answers") == "true"
        for index in range(count):
            assert not await answers.nth(index).is_visible()
            assert await questions.nth(index).locator(".stem").is_visible()
        assert not await page.locator("#exam .source-quote").first.is_visible()
        await page.uncheck("#hide-answers")
        assert await answers.first.is_visible()

        async with page.expect_download(timeout=WAIT_MS) as download_info:
            await page.click("#export-exam-btn")
        download = await download_info.value
        assert download.suggested_filename.endswith(".json")
        saved = Path(await download.path())
        exported = json.loads(await asyncio.to_thread(saved.read_text, encoding="utf-8"))
        assert len(exported["questions"]) == count
        assert exported["title"] == await page.text_content("#exam-title")
        shown = [s.strip() for s in await texts(page, "#exam .stem")]
        for question, stem in zip(exported["questions"], shown, strict=True):
            assert question["stem"] in stem and question["answer"]


async def test_one_version_label_per_graph_in_the_page_the_api_and_the_cli(
    server_url: str, tmp_path: Path, content: Path
) -> None:
    async with httpx.AsyncClient(base_url=f"{server_url}/api/v1", timeout=30) as http:
        graphs = {g["name"]: g for g in (await http.get("/graphs")).json()}
    labels = {name: g["label"] for name, g in graphs.items() if g["source"] == "definition"}
    assert set(labels) >= {"exam_generation", "practice_dialogue", "help", "exam_grading"}
    for name, label in labels.items():
        assert LABEL.match(label), label
        assert label.endswith(graphs[name]["digest"][:6])  # the definition text that runs
    assert graphs["slow"]["label"].startswith("python · ")

    async with chromium_page() as page:
        await open_playground(page, server_url)
        for name in ("exam_generation", "practice_dialogue"):
            await page.select_option("#flow-select", name)
            await page.wait_for_selector(f'#flow-version[data-graph="{name}"]', timeout=WAIT_MS)
            assert await page.text_content("#flow-version") == labels[name]
        await page.wait_for_selector('#definition-list[data-loaded="true"]', timeout=WAIT_MS)
        item = await page.text_content('#definition-list li[data-id="help"] .meta') or ""
        assert f"runs {labels['help']} ·" in item

    env = {"KPL_CONTENT_DIR": str(content)}
    listed = run_kpl(tmp_path, "graphs", "list", env=env)
    definitions = run_kpl(tmp_path, "definitions", "list", env=env)
    assert listed.returncode == 0 and definitions.returncode == 0, listed.stderr
    for name, label in labels.items():
        graph_line = next(line for line in listed.stdout.splitlines() if line.startswith(name))
        definition_line = next(
            line for line in definitions.stdout.splitlines() if line.startswith(name)
        )
        assert label in graph_line and label in definition_line
        # One label: neither list shows another version string for the graph.
        assert graphs[name]["version"] not in graph_line
        assert graphs[name]["digest"] not in definition_line


async def test_the_page_reflows_at_a_phones_width(server_url: str) -> None:
    async with chromium_page() as page:
        await page.set_viewport_size({"width": 390, "height": 844})
        await open_playground(page, server_url)

        async def fits() -> None:
            width = await page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"the page is {width} px wide at 390"

        await fits()
        box = await page.locator("#chat-input").bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
        send = await page.locator("#chat-btn").bounding_box()
        assert send is not None and send["x"] + send["width"] <= 390

        # A practice, typed and sent with Enter as on a phone's keyboard.
        await page.click("#chat-input")
        await page.keyboard.type("开始异议处理练习")
        await page.keyboard.press("Enter")
        await wait_status(page, "interrupted")
        await page.fill("#reply-input", REPLIES[0])
        await page.click("#reply-btn")
        await wait_learner_turns(page, 1)
        assert await page.is_visible("#brief") and await page.is_visible("#mood")
        await fits()
        reply = await page.locator("#reply-btn").bounding_box()
        assert reply is not None and reply["x"] + reply["width"] <= 390

        # An exam's long lines, the event log and the mermaid text stay inside too.
        await page.click("#new-thread-btn")  # else the message would answer the customer
        await page.fill(
            "#chat-input", f"出3道判断题：{MATERIAL}{'年卡可以冻结一次，最长冻结30天。' * 8}"
        )
        await page.click("#chat-btn")
        await wait_status(page, "success")
        assert await page.locator("#exam .question").count() >= 1
        await fits()

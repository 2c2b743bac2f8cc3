"""The playground and the chat stream in a real headless Chromium, against a real server.

These drive the page as a developer would (pick a flow, run it, answer the practice's questions)
and check what a browser's own EventSource does when the network drops mid-run.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from tests.api.browser_support import CuttingProxy, chromium_page, require_chromium
from tests.api.conftest import make_settings
from tests.api.server import live_server

if TYPE_CHECKING:
    from playwright.async_api import Page, Route

pytestmark = pytest.mark.slow

MATERIAL = (
    "会员年卡价格为3980元，可分12期免息。新会员可免费体测一次。门店营业时间为早上7点到晚上11点。"
    "年卡可以冻结一次，最长冻结30天。私教课每节300元，购买20节以上享受九折优惠。"
)
XSS = "<img src=x onerror=window.__xss=1>"
WAIT_MS = 90_000  # how long a wait may last before it fails; a wait, never an asserted duration
REPLIES = (
    "理解您的顾虑，请问您平时什么时候有空锻炼？",
    "您的健身目标是减脂还是增肌呢？以前有没有坚持不下来的情况？",
    "年卡折算下来每天不到11元，还可以分12期免息，也能冻结一次，出差加班不浪费。",
)


@pytest.fixture
def server_url(tmp_path: Path) -> Iterator[str]:
    """A running server with the built-in flows; the browser is required first."""
    require_chromium()
    with live_server(make_settings(tmp_path)) as url:
        yield url


async def wait_status(page: Page, status: str) -> None:
    """Wait until the playground shows the watched run in `status`."""
    await page.wait_for_selector(f'#run-status[data-status="{status}"]', timeout=WAIT_MS)


async def texts(page: Page, selector: str) -> list[str]:
    """The text of every element matching `selector`, in page order."""
    return [str(t) for t in await page.locator(selector).all_text_contents()]


async def open_playground(page: Page, url: str, query: str = "") -> None:
    """Open the playground and wait until it has listed the flows."""
    await page.goto(f"{url}/playground/{query}")
    await page.wait_for_selector('#flow-select[data-loaded="true"]', timeout=WAIT_MS)


async def test_playground_runs_an_exam_and_a_practice_session(server_url: str) -> None:
    async with chromium_page() as page:
        await open_playground(page, server_url)
        flows = await texts(page, "#flow-select option")
        assert {"exam_generation", "practice_dialogue", "exam_grading", "help"} <= set(flows)

        # An exam from a short Chinese material.
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
        assert await questions.count() >= 2
        types = {await q.get_attribute("data-type") for q in await questions.all()}
        assert types <= {"single_choice", "true_false"}
        for quote in await texts(page, "#exam .source-quote"):
            assert quote in MATERIAL
        for stem in await texts(page, "#exam .stem"):
            assert stem.strip()
        states = await page.eval_on_selector_all(
            "#nodes li", "items => items.map(li => [li.dataset.node, li.dataset.state])"
        )
        assert {node for node, _ in states} >= {"prepare_material", "assemble_exam"}
        assert all(state == "done" for _, state in states), states
        assert (
            await page.get_attribute('#nodes li[data-node="assemble_exam"] progress', "value")
            == "100"
        )
        events = await page.eval_on_selector_all(
            "#event-log li", "rows => rows.map(r => r.dataset.event)"
        )
        assert events[0] == "started" and events[-1] == "completed"

        # exam_grading is prefilled with the exam just generated, and grades it.
        await page.select_option("#flow-select", "exam_grading")
        prefilled = json.loads(await page.input_value("#input-json"))
        assert len(prefilled["exam"]["questions"]) == await questions.count()
        await page.click("#run-btn")
        await wait_status(page, "success")
        verdicts = await page.eval_on_selector_all(
            "#grading .graded", "items => items.map(li => li.dataset.verdict)"
        )
        assert verdicts == ["unanswered"] * len(prefilled["exam"]["questions"])

        # A practice: the opening line, three learner turns through the reply box, then 结束.
        await page.select_option("#flow-select", "practice_dialogue")
        assert json.loads(await page.input_value("#input-json")) == {
            "scenario": "objection-handling"
        }
        await page.click("#run-btn")
        await wait_status(page, "interrupted")
        opening = await page.text_content("#interrupt-prompt")
        assert opening and opening.strip()
        # The learner's brief is shown before the first reply; the hidden goal is not in it.
        assert await page.is_visible("#brief")
        assert await page.text_content("#brief-role") == "动力健身会籍顾问"
        assert "3980" in (await page.text_content("#brief-background") or "")
        assert await page.locator("#brief-objectives li").count() == 4
        assert "产后" not in (await page.text_content("#brief") or "")
        assert await texts(page, '#turns .turn[data-role="persona"]') == [f"persona {opening}"]
        for count, text in enumerate(REPLIES, start=1):
            await page.fill("#reply-input", text)
            await page.click("#reply-btn")
            await page.wait_for_function(
                """n => document.querySelectorAll('#turns .turn[data-role="learner"]').length === n
                    && document.getElementById('run-status').dataset.status === 'interrupted'""",
                arg=count,
                timeout=WAIT_MS,
            )
            assert await page.is_visible("#interrupt")
            prompt = await page.text_content("#interrupt-prompt") or ""
            # The persona's new line was streamed as tokens and is the question now asked.
            assert prompt.strip() and prompt in (await page.text_content("#tokens") or "")
        learner = await texts(page, '#turns .turn[data-role="learner"]')
        assert learner == [f"learner {text}" for text in REPLIES]
        assert len(await texts(page, '#turns .turn[data-role="persona"]')) == 4

        await page.click("#end-btn")
        await page.wait_for_selector("#report", timeout=WAIT_MS)
        await wait_status(page, "success")
        assert not await page.is_visible("#interrupt")
        total = await page.text_content("#report-total") or ""
        assert "总分" in total and "ended: quit" in total
        scores = [float(s) for s in await texts(page, "#report-criteria .criterion .score")]
        assert scores and all(0 <= s <= 100 for s in scores)

        # The thread inspector shows the checkpointed state of that practice.
        await page.click("#state-btn")
        await page.wait_for_selector('#inspect-output[data-kind="state"]', timeout=WAIT_MS)
        state = json.loads(await page.text_content("#inspect-output") or "{}")
        assert state["values"]["ended"] == "quit"
        assert [t["text"] for t in state["values"]["transcript"] if t["role"] == "learner"][
            :3
        ] == list(REPLIES)
        await page.click("#history-btn")
        await page.wait_for_selector('#inspect-output[data-kind="history"]', timeout=WAIT_MS)
        checkpoints = int(await page.get_attribute("#history", "data-count") or 0)
        assert checkpoints >= 2
        assert await page.locator("#history .checkpoint").count() == checkpoints


async def test_a_chat_practice_shows_its_brief_and_the_end_button_ends_it(
    server_url: str,
) -> None:
    async with chromium_page() as page:
        await open_playground(page, server_url)
        await page.fill("#chat-input", "开始投诉处理练习")
        await page.click("#chat-btn")
        await wait_status(page, "interrupted")
        assert await page.get_attribute("#brief", "data-scenario") == "complaint-handling"
        assert await page.text_content("#brief-role") == "微笑口腔前台主管"
        offers = await texts(page, "#brief-may-offer li")
        assert any("抵用券" in offer for offer in offers)
        # A sentence in role that holds a quit word is a reply: the customer answers.
        await page.fill("#reply-input", "您先别急着结束，听我说完，非常抱歉让您久等了。")
        await page.click("#reply-btn")
        await page.wait_for_function(
            """() => document.querySelectorAll('#turns .turn[data-role="learner"]').length === 1
                && document.getElementById('run-status').dataset.status === 'interrupted'""",
            timeout=WAIT_MS,
        )
        assert await page.get_attribute("#route", "data-intent") == "practice_reply"
        await page.click("#end-btn")
        await page.wait_for_selector("#report", timeout=WAIT_MS)
        await wait_status(page, "success")
        assert await page.get_attribute("#route", "data-intent") == "practice_end"
        assert "ended: quit" in (await page.text_content("#report-total") or "")


async def test_chat_shows_the_route_and_markup_stays_text(server_url: str) -> None:
    async with chromium_page() as page:
        await open_playground(page, server_url)
        await page.fill("#chat-input", f"出3道判断题：{XSS}{MATERIAL}")
        await page.click("#chat-btn")
        await wait_status(page, "success")
        assert await page.get_attribute("#route", "data-intent") == "exam_generate"
        assert "exam_generation" in (await page.text_content("#route-summary") or "")
        await page.click("#why-btn")
        await page.wait_for_selector("#route-trace:not([hidden])", timeout=WAIT_MS)
        trace = json.loads(await page.text_content("#route-trace") or "{}")
        assert trace["intent"] == "exam_generate"
        assert any(rule["matched"] for rule in trace["trace"]["rules"])

        # The material's markup travelled through the run and is shown literally, never run.
        assert await page.evaluate("window.__xss") is None
        assert await page.locator("img").count() == 0
        assert XSS in (await page.text_content('#nodes li[data-node="prepare_material"] pre') or "")
        # The route event names the material by digest and size, never by its text.
        log_text = await page.text_content("#event-log") or ""
        assert '"digest"' in log_text and XSS not in log_text.split("prepare_material")[0]


async def test_a_developers_graph_runs_and_can_be_cancelled(server_url: str) -> None:
    async with chromium_page() as page:
        await open_playground(page, server_url)
        await page.select_option("#flow-select", "slow")
        await page.wait_for_selector('#nodes li[data-node="sleepy"]', timeout=WAIT_MS)
        assert json.loads(await page.input_value("#input-json")) == {}
        await page.fill("#input-json", json.dumps({"delay": 600}))
        await page.click("#run-btn")
        await page.wait_for_selector(
            '#nodes li[data-node="sleepy"][data-state="running"]', timeout=WAIT_MS
        )
        assert await page.get_attribute('#nodes li[data-node="fast"]', "data-state") == "done"
        await page.click("#cancel-btn")
        await wait_status(page, "cancelled")
        assert await page.get_attribute('#nodes li[data-node="sleepy"]', "data-state") == "running"
        events = await page.eval_on_selector_all(
            "#event-log li", "rows => rows.map(r => r.dataset.event)"
        )
        assert events[-1] == "completed"

        # A broken input is refused before anything runs, and the page says how to fix it.
        await page.fill("#input-json", "{not json")
        await page.click("#run-btn")
        assert "not valid JSON" in (await page.text_content("#page-error") or "")


async def test_the_page_passes_its_access_token_on(tmp_path: Path) -> None:
    require_chromium()
    keys = {"k-alice": "alice", "k-bob": "bob"}
    with live_server(make_settings(tmp_path, auth="apikey", api_keys=keys)) as url:
        async with chromium_page() as page:
            await page.goto(f"{url}/playground/")  # no token: the API refuses, the page says so
            await page.wait_for_function(
                "document.getElementById('page-error').textContent.includes('401')",
                timeout=WAIT_MS,
            )
            await open_playground(page, url, "?access_token=k-alice")
            # fetch (the flow list, POST runs) carries the header; EventSource the query parameter.
            await page.fill("#chat-input", "开始异议处理练习")
            await page.click("#chat-btn")
            await wait_status(page, "interrupted")
            thread_id = await page.text_content("#thread-id")
        async with httpx.AsyncClient(base_url=f"{url}/api/v1", timeout=30) as http:
            own = await http.get(
                f"/threads/{thread_id}", headers={"Authorization": "Bearer k-alice"}
            )
            other = await http.get(
                f"/threads/{thread_id}", headers={"Authorization": "Bearer k-bob"}
            )
        assert own.status_code == 200
        assert other.status_code == 404


RECORDER = """<!doctype html>
<meta charset="utf-8">
<script>
  // Records every event of one chat run, as a learner's page would receive it.
  window.events = [];
  window.brokenConnections = 0;
  const names = %(names)s;
  const source = new EventSource(%(url)s);
  for (const name of names) {
    source.addEventListener(name, (event) => {
      if (!(event instanceof MessageEvent)) { window.brokenConnections += 1; return; }
      if (name === "heartbeat") return;
      window.events.push({ name, id: event.lastEventId, data: JSON.parse(event.data) });
      if (name === "completed" || name === "error") source.close();
    });
  }
</script>
"""
EVENT_NAMES = [
    "started",
    "route",
    "node_start",
    "token",
    "progress",
    "node_output",
    "interrupt",
    "completed",
    "error",
    "heartbeat",
]


async def test_event_source_reconnects_after_a_cut_and_misses_nothing(tmp_path: Path) -> None:
    require_chromium()
    with live_server(make_settings(tmp_path)) as url:
        proxy = CuttingProxy(upstream_port=int(url.rsplit(":", 1)[1]), cut_after=5)
        port = await proxy.start()
        try:
            async with chromium_page() as page:
                origin = f"http://127.0.0.1:{port}"
                stream_url = f"/api/v1/chat/stream?graph=exam_generation&message={MATERIAL}"
                html = RECORDER % {"names": json.dumps(EVENT_NAMES), "url": json.dumps(stream_url)}

                async def recorder(route: Route) -> None:
                    await route.fulfill(status=200, content_type="text/html", body=html)

                # Only the page itself is served by the test; its EventSource goes through the proxy.
                await page.route(f"{origin}/recorder.html", recorder)
                await page.goto(f"{origin}/recorder.html")
                await page.wait_for_function(
                    "window.events.some(e => e.name === 'completed' || e.name === 'error')",
                    timeout=WAIT_MS,
                )
                events = await page.evaluate("window.events")
                broken = await page.evaluate("window.brokenConnections")
        finally:
            await proxy.stop()

    assert proxy.cut_done, "the proxy never cut the stream"
    assert broken >= 1  # the page saw its connection drop
    assert len(proxy.stream_requests) == 2  # the first request and one reconnect
    assert proxy.ids_before_cut < len(events)  # the cut came before the end of the run
    ids = [e["id"] for e in events]
    # The browser reconnected by itself, naming the last event it had (not the first request's).
    assert "last-event-id" not in proxy.stream_requests[0].lower()
    reconnect = dict(
        line.split(": ", 1) for line in proxy.stream_requests[1].split("\r\n")[1:] if ": " in line
    )
    last_seen = {k.lower(): v for k, v in reconnect.items()}["last-event-id"]
    assert ids.index(last_seen) == proxy.cut_after - 1

    run_ids = {e["data"]["run_id"] for e in events}
    assert len(run_ids) == 1
    run_id = run_ids.pop()
    assert ids == [f"{run_id}:{n}" for n in range(1, len(events) + 1)]  # each once, in order
    names = [e["name"] for e in events]
    assert names.count("started") == 1
    assert names[:2] == ["started", "route"]
    assert names[-1] == "completed"
    assert events[-1]["data"]["status"] == "success"
    assert events[-1]["data"]["output"]["exam"]["questions"]

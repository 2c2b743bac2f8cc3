"""The playground's definitions panel in a real headless Chromium, against a real, watching server.

An author lists the definitions, opens one, breaks it and sees each error with its line (a click
selects that line), dry-runs a fixed copy, and sees the server report an invalid save on its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.api.browser_support import chromium_page, require_chromium
from tests.api.conftest import make_settings
from tests.api.server import live_server
from tests.support.definitions import (
    GREETER,
    GREETER_TYPO,
    TYPO_LINE,
    content_folder,
    save,
)

pytestmark = pytest.mark.slow

WAIT_MS = 90_000  # how long a wait may last before it fails; a wait, never an asserted duration
XSS = "<img src=x onerror=window.__xss=1>"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """The served content folder: the shipped content plus the greeter."""
    return content_folder(tmp_path, extra={"greeter.yaml": GREETER})


@pytest.fixture
def server_url(tmp_path: Path, content: Path) -> Iterator[str]:
    """A server watching `content`; the browser is required first."""
    require_chromium()
    settings = make_settings(tmp_path, content_dir=content, reload=True, reload_debounce_ms=100)
    with live_server(settings) as url:
        yield url


async def test_the_definitions_panel_validates_dry_runs_and_follows_reloads(
    server_url: str, content: Path
) -> None:
    async with chromium_page() as page:
        await page.goto(f"{server_url}/playground/")
        await page.wait_for_selector('#definition-list[data-loaded="true"]', timeout=WAIT_MS)
        listed = await page.eval_on_selector_all(
            "#definition-list li.definition",
            "items => items.map(li => [li.dataset.id, li.dataset.status])",
        )
        assert ["greeter", "active"] in listed and ["exam_generation", "active"] in listed

        # Open the greeter, break it (with markup in the mistake), and validate.
        await page.click('#definition-list li[data-id="greeter"] .load-btn')
        await page.wait_for_function(
            "() => document.getElementById('definition-text').value.includes('id: greeter')",
            timeout=WAIT_MS,
        )
        assert await page.input_value("#definition-text") == GREETER
        await page.fill("#definition-text", GREETER_TYPO.replace("llm_promt", XSS))
        await page.click("#validate-btn")
        await page.wait_for_selector('#validation-result[data-valid="false"]', timeout=WAIT_MS)
        error = page.locator('#validation-errors li[data-path="nodes.greet.type"]')
        assert await error.get_attribute("data-line") == str(TYPO_LINE)
        assert XSS in (await error.text_content() or "")  # shown as text, never run
        assert await page.evaluate("() => window.__xss") is None

        # Clicking the error selects its line in the text.
        await error.click()
        selected_line = await page.evaluate(
            """() => {
                const area = document.getElementById('definition-text');
                return area.value.slice(0, area.selectionStart).split('\\n').length;
            }"""
        )
        assert selected_line == TYPO_LINE

        # A dry run of the fixed text, answering its question.
        await page.fill("#definition-text", GREETER)
        await page.fill("#definition-input", json.dumps({"name": "Li Lei"}))
        await page.fill("#definition-replies", "fine, thanks")
        await page.click("#dry-run-btn")
        await page.wait_for_selector('#dry-run-status[data-status="success"]', timeout=WAIT_MS)
        events = await page.eval_on_selector_all(
            "#dry-run-events li", "rows => rows.map(r => [r.dataset.event, r.dataset.node])"
        )
        assert [e for e, _ in events].count("completed") == 2
        assert [n for e, n in events if e == "node_start"] == ["greet", "ask", "ask"]

        # The author saves a broken file: the panel shows it invalid, the old version still runs.
        save(content / "graphs" / "greeter.yaml", GREETER_TYPO)
        invalid = '#definition-list li[data-id="greeter"][data-status="invalid"]'
        await page.wait_for_selector(invalid, timeout=WAIT_MS)
        shown = await page.text_content(f"{invalid} .definition-errors") or ""
        assert f"greeter.yaml:{TYPO_LINE}:" in shown and "nodes.greet.type" in shown
        assert "runs v1 · " in (await page.text_content(invalid) or "")  # the one label
        assert await page.get_attribute("#reload-status", "data-ok") == "false"

        # A broken content file (a rubric whose weights do not add up) is listed with its place.
        rubric = content / "rubrics" / "english-upsell-rubric.yaml"
        heavy = rubric.read_text(encoding="utf-8").replace(
            "weight: 0.15\n    measures: questions", "weight: 0.25\n    measures: questions"
        )
        save(rubric, heavy)
        refused = '#definition-list li[data-kind="content"][data-status="invalid"]'
        await page.wait_for_selector(refused, timeout=WAIT_MS)
        line = heavy.splitlines().index("  - id: questions") + 1
        shown = await page.text_content(f"{refused} .definition-errors") or ""
        assert f"content/rubrics/english-upsell-rubric.yaml:{line}:3: criteria: " in shown
        assert "weights must add up to 1.0" in shown

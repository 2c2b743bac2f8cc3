"""The README's examples, run as a reader runs them (issue 14).

Every fenced block of README.md is found here: run, or listed in `SKIPPED` with the reason. Each
line of the command-line block is run with bash in a fresh folder (`kpl` from the virtualenv,
the offline engine, the store in that folder) and checked for what the README says it does.
The HTTP examples run against a real `kpl serve` started from the README's own serve line, on a
free port in 18400-18449 with the developers' graph of the README's `KPL_GRAPHS` example: the
`curl` block with bash, the `EventSource` block in Chromium on the server's origin. Substitutions
are only those a reader makes: the port, the file names (`course.md`, `mine.yaml`), the session's
thread id, the course text, and a real module for `my_pkg.graphs:builder`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.api.browser_support import chromium_page, require_chromium
from tests.api.server import free_port_between

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
VENV_BIN = Path(sys.executable).parent
MATERIAL = ROOT / "bench/materials/food-safety-zh.md"
README_PORT = "8000"
DEVELOPER_GRAPH = "tests.runtime.sample_graphs:slow"
"""What stands for the README's `my_pkg.graphs:builder`: a graph module of this repository."""


@dataclass(frozen=True)
class Block:
    """One fenced block of the README."""

    language: str
    text: str
    line: int  # where its fence opens (1-based)

    @property
    def first(self) -> str:
        return self.text.splitlines()[0]


def readme_blocks() -> list[Block]:
    """The README's fenced blocks, in order."""
    blocks, lines = [], README.read_text(encoding="utf-8").splitlines()
    opened: tuple[str, int] | None = None
    body: list[str] = []
    for number, line in enumerate(lines, 1):
        if line.startswith("```"):
            if opened is None:
                opened, body = (line[3:].strip(), number), []
            else:
                blocks.append(Block(opened[0], "\n".join(body), opened[1]))
                opened = None
        elif opened is not None:
            body.append(line)
    assert opened is None, f"README.md:{opened[1] if opened else 0}: a fence is never closed"
    return blocks


def block_starting(prefix: str) -> Block:
    """The one README block whose first line starts with `prefix`."""
    found = [b for b in readme_blocks() if b.first.startswith(prefix)]
    assert len(found) == 1, f"README.md has {len(found)} blocks starting {prefix!r}"
    return found[0]


def cli_commands() -> list[str]:
    """The command-line block's commands, continuation lines joined."""
    text = block_starting("kpl exam").text.replace("\\\n", " ")
    return [line.strip() for line in text.splitlines() if line.strip()]


SKIPPED = {
    "make run": "`make run` and `make test` set up .venv (this test runs in it); `make test` is "
    "the suite this test belongs to, and `make run` is `kpl serve`, run below from its own line",
}
"""README blocks not run, by the start of their first line, with the reason."""
RUN = {
    "// The material is uploaded once": "the EventSource example, in Chromium",
    "BASE=": "the curl example",
    "kpl exam": "the command line, line by line",
    "api/ ": "the layout, checked against the tree",
    "KPL_GRAPHS=": "a developer's graph, served by `kpl serve`",
}
"""README blocks run (by the start of their first line), by the tests below."""


def test_every_readme_block_is_run_or_skipped_with_a_reason() -> None:
    for block in readme_blocks():
        matches = [p for p in (*SKIPPED, *RUN) if block.first.startswith(p)]
        assert len(matches) == 1, (
            f"README.md:{block.line}: the block {block.first!r} is neither run by "
            "tests/api/test_readme.py nor in its SKIPPED with a reason"
        )


@pytest.mark.parametrize("start", SKIPPED)
def test_a_block_not_run(start: str) -> None:
    """Shown in the report as skipped, with the reason, so that it is never silently left out."""
    block_starting(start)  # it is still in the README
    pytest.skip(f"README block {start!r}: {SKIPPED[start]}")


def test_the_layout_names_the_folders_of_the_tree() -> None:
    folders = re.findall(r"^ *([a-z_]+)/ ", block_starting("api/ ").text, flags=re.MULTILINE)
    assert {"api", "runtime", "graphs", "tests", "stores", "runs"} <= set(folders)
    for name in folders:
        assert (ROOT / name).is_dir() or (ROOT / "runtime" / name).is_dir(), name


# The command line ---------------------------------------------------------------------------


def reader_env(folder: Path) -> dict[str, str]:
    """A reader's shell after `make run`: `kpl` on the PATH, a store of their own, offline."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KPL_")}
    return {
        **env,
        "PATH": f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
        "PYTHONPATH": str(ROOT),  # the README's developer graph stands in as a module of this repo
        "KPL_HOME": str(folder / "home"),
        "KPL_MODEL": "offline",
        "KPL_WARM_START": "false",
        "KPL_RELOAD": "false",
    }


@dataclass
class Shell:
    """A folder a reader works in, with what the README's commands name: `course.md`, `mine.yaml`
    (a copy of a shipped definition under an id of its own), `sample.json`, and links to the
    repository's `graphs/` and `routers/` (the README's paths are relative to a checkout)."""

    folder: Path

    @classmethod
    def make(cls, folder: Path) -> Shell:
        shutil.copy(MATERIAL, folder / "course.md")
        help_definition = (ROOT / "graphs/content/graphs/help.yaml").read_text(encoding="utf-8")
        mine = help_definition.replace("\nid: help\n", "\nid: my_help\n")
        assert mine != help_definition
        (folder / "mine.yaml").write_text(mine, encoding="utf-8")
        (folder / "sample.json").write_text('{"question": "你能做什么？"}', encoding="utf-8")
        for name in ("graphs", "routers"):
            (folder / name).symlink_to(ROOT / name)
        return cls(folder)

    def run(self, command: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", "-euo", "pipefail", "-c", command],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=self.folder,
            env=reader_env(self.folder),
            timeout=110,
            check=False,
        )


def command_like(prefix: str) -> str:
    """The README's command line that starts with `prefix` (exactly one)."""
    found = [c for c in cli_commands() if c.startswith(prefix)]
    assert len(found) == 1, f"README.md has {len(found)} command lines starting {prefix!r}"
    return found[0]


NUMBERED = re.compile(r"^\s*\d+\. ", flags=re.MULTILINE)


def check_exam_from_material(shell: Shell, command: str) -> None:
    done = shell.run(command)
    assert done.returncode in (0, 3), done.stderr  # 3: short of the blueprint, said on stderr
    assert len(NUMBERED.findall(done.stdout)) >= 10, done.stdout
    assert "assemble_exam" in done.stderr  # progress on stderr
    if done.returncode == 3:
        assert "missing" in done.stderr


def check_exam_json(shell: Shell, command: str) -> None:
    done = shell.run(command)
    assert done.returncode == 0, done.stderr
    exam = json.loads((shell.folder / "exam.json").read_text(encoding="utf-8"))
    assert exam["questions"] and exam["answer_key"]


def check_grade(shell: Shell, command: str) -> None:
    check_exam_json(shell, command_like("kpl exam --course"))
    exam = json.loads((shell.folder / "exam.json").read_text(encoding="utf-8"))
    answers = {str(q["number"]): as_answer(q) for q in exam["questions"]}
    (shell.folder / "answers.json").write_text(json.dumps(answers, ensure_ascii=False), "utf-8")
    done = shell.run(command)
    assert done.returncode == 0, done.stderr
    assert f"{exam['total_score']:g} / {exam['total_score']:g} (100%)" in done.stdout, done.stdout


def as_answer(question: dict[str, object]) -> object:
    """The answer to a question written as the README's comment shows (`"B"`, `["A", "C"]`,
    `"对"`), from the exam's own key."""
    answer = question["answer"]
    assert isinstance(answer, list)
    kind = question["type"]
    if kind == "single_choice":
        return answer[0]
    if kind == "multiple_choice":
        return answer
    if kind == "true_false":
        return "对" if answer[0] == "true" else "错"
    return "；".join(str(part) for part in answer)


SAVED = re.compile(r"kpl practice --thread ([0-9a-f]{32})")


def start_practice(shell: Shell) -> str:
    """Run the README's practice line with one reply and Ctrl-D; the saved session's id."""
    done = shell.run(
        command_like("kpl practice objection-handling"), stdin="您好，请问您主要担心什么？\n"
    )
    assert done.returncode == 0, done.stderr
    assert "你的角色 Your role" in done.stdout  # the learner's brief first
    found = SAVED.search(done.stderr)
    assert found, done.stderr
    return found[1]


def check_practice(shell: Shell, command: str) -> None:
    start_practice(shell)


def check_practice_continued(shell: Shell, command: str) -> None:
    thread = start_practice(shell)
    done = shell.run(command.replace("<id>", thread), stdin="结束\n")
    assert done.returncode == 0, done.stderr
    assert "/ 100" in done.stdout and "ended: quit" in done.stdout, done.stdout  # the report


def check_graphs_list(shell: Shell, command: str) -> None:
    done = shell.run(command)
    assert done.returncode == 0, done.stderr
    assert {"exam_generation", "exam_grading", "practice_dialogue", "help"} <= {
        line.split()[0] for line in done.stdout.splitlines() if line.strip()
    }


def check_graph_show(shell: Shell, command: str) -> None:
    done = shell.run(command)
    assert done.returncode == 0, done.stderr
    assert "assemble_exam" in done.stdout


def check_validate(shell: Shell, command: str) -> None:
    done = shell.run(command)
    assert done.returncode == 0, done.stdout + done.stderr
    broken = (
        (shell.folder / "mine.yaml")
        .read_text(encoding="utf-8")
        .replace("entry: answer", "entry: nowhere")
    )
    (shell.folder / "mine.yaml").write_text(broken, encoding="utf-8")
    done = shell.run(command)
    assert done.returncode == 1
    assert re.search(r"mine\.yaml:\d+:\d+: ", done.stdout + done.stderr)  # file:line:column


def check_preview(shell: Shell, command: str) -> None:
    done = shell.run(command)
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert events[-1]["event"] == "completed" and events[-1]["output"]["answer"]


def check_schema(shell: Shell, command: str) -> None:
    done = shell.run(command)
    assert done.returncode == 0, done.stderr
    schema = json.loads((shell.folder / "kpl.schema.json").read_text(encoding="utf-8"))
    assert schema["$schema"].startswith("https://json-schema.org/")


def check_definitions_list(shell: Shell, command: str) -> None:
    done = shell.run(command)
    assert done.returncode == 0, done.stderr
    assert "exam_generation" in done.stdout and "active" in done.stdout


def check_route(shell: Shell, command: str) -> None:
    done = shell.run(command)
    assert done.returncode == 0, done.stderr
    decision = json.loads(done.stdout)
    assert decision["intent"] == "exam_generate" and decision["params"]["single_choice"] == 10


def check_router_eval(shell: Shell, command: str) -> None:
    done = shell.run(command)
    assert done.returncode == 0, done.stderr
    assert "exam_generate" in done.stdout and "clarify" in done.stdout


def check_serve(shell: Shell, command: str) -> None:
    port = free_port_between(18400, 18449)
    with served(shell, command, port) as base:
        assert httpx.get(f"{base}/healthz", timeout=10).status_code == 200


CLI_CHECKS: dict[str, Callable[[Shell, str], None]] = {
    "kpl exam --material": check_exam_from_material,
    "kpl exam --course": check_exam_json,
    "kpl grade": check_grade,
    "kpl practice objection-handling": check_practice,
    "kpl practice --thread": check_practice_continued,
    "kpl graphs list": check_graphs_list,
    "kpl graphs show": check_graph_show,
    "kpl definitions validate": check_validate,
    "kpl definitions preview": check_preview,
    "kpl definitions schema": check_schema,
    "kpl definitions list": check_definitions_list,
    "kpl route ": check_route,
    "kpl router eval": check_router_eval,
    "kpl serve": check_serve,
}
"""How each line of the README's command-line block is checked, by its start."""


@pytest.mark.parametrize("command", cli_commands(), ids=lambda c: c.split("#")[0].strip()[:48])
def test_a_command_line_example(command: str, tmp_path: Path) -> None:
    checks = [check for prefix, check in CLI_CHECKS.items() if command.startswith(prefix)]
    assert len(checks) == 1, f"README command {command!r} has {len(checks)} checks here, not one"
    checks[0](Shell.make(tmp_path), command)


# The HTTP examples, against `kpl serve` ------------------------------------------------------


def served(
    shell: Shell, command: str, port: int, env: dict[str, str] | None = None
) -> ServeProcess:
    """`command` (the README's `kpl serve` line) on `port` instead of the README's."""
    return ServeProcess(shell, command.replace(README_PORT, str(port)), port, env or {})


@dataclass
class ServeProcess:
    """A `kpl serve` process, started on entry and stopped (SIGINT, as Ctrl-C) on exit."""

    shell: Shell
    command: str
    port: int
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None

    @property
    def log(self) -> Path:
        return self.shell.folder / f"serve-{self.port}.log"

    def __enter__(self) -> str:
        assert str(self.port) in self.command
        # A file, not a pipe: a pipe nobody reads fills up and blocks the server.
        with self.log.open("w") as log:
            self.process = process = subprocess.Popen(
                ["bash", "-c", "exec " + self.command],
                cwd=self.shell.folder,
                env={**reader_env(self.shell.folder), **self.env},
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    return base
            except httpx.TransportError:
                pass
            if process.poll() is not None:
                raise AssertionError(f"kpl serve ended: {self.log.read_text()[-2000:]}")
            assert time.monotonic() < deadline, "kpl serve did not answer within 60 s"
            time.sleep(0.2)

    def __exit__(self, *exc: object) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGINT)  # as Ctrl-C
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def developer_graph_env() -> dict[str, str]:
    """The README's `KPL_GRAPHS=... make run` line's setting, with a real module for `my_pkg`."""
    line = block_starting("KPL_GRAPHS=").first
    found = re.match(r'KPL_GRAPHS="([^"]+)" make run$', line)
    assert found, line
    return {"KPL_GRAPHS": found[1].replace("my_pkg.graphs:builder", DEVELOPER_GRAPH)}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Shell]]:
    """`kpl serve` from the README's line (its developer graph configured as the README shows),
    and the reader's folder beside it."""
    shell = Shell.make(tmp_path_factory.mktemp("readme-http"))
    port = free_port_between(18400, 18449)
    with served(shell, command_like("kpl serve"), port, developer_graph_env()) as base:
        yield base, shell


def test_a_developers_graph_is_served(server: tuple[str, Shell]) -> None:
    base, _ = server
    graphs = httpx.get(f"{base}/api/v1/graphs", timeout=10).json()
    name = developer_graph_env()["KPL_GRAPHS"].split("=")[0]
    assert name in {graph["name"] for graph in graphs}


def sse_events(stream: str) -> list[tuple[str, dict[str, object]]]:
    """(event, data) of every event of an SSE text, heartbeats left out."""
    events = []
    for frame in re.split(r"\n\n", stream.strip()):
        fields = dict(line.split(": ", 1) for line in frame.splitlines() if ": " in line)
        if "event" in fields and fields["event"] != "heartbeat":
            events.append((fields["event"], json.loads(fields["data"])))
    return events


def assert_exam_stream(events: list[tuple[str, dict[str, object]]]) -> None:
    """The events of the README's 5-question exam, as its comment lists them."""
    names = [name for name, _ in events]
    assert names[:3] == ["started", "route", "node_start"], names
    assert names[-1] == "completed", names
    output = events[-1][1]["output"]
    assert isinstance(output, dict)
    assert len(output["exam"]["questions"]) == 5


def test_the_curl_example(server: tuple[str, Shell]) -> None:
    base, shell = server
    block = block_starting("BASE=").text
    assert f"127.0.0.1:{README_PORT}" in block
    done = shell.run(block.replace(f"127.0.0.1:{README_PORT}", base.removeprefix("http://")))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("retry: 3000")
    assert_exam_stream(sse_events(done.stdout))


async def test_the_eventsource_example_in_a_browser(server: tuple[str, Shell]) -> None:
    require_chromium()
    base, _ = server
    code = block_starting("// The material is uploaded once").text
    assert '"<课程材料>"' in code
    code = code.replace('"<课程材料>"', json.dumps(MATERIAL.read_text(encoding="utf-8")))
    async with chromium_page() as page:
        await page.goto(f"{base}/healthz")  # the example's relative URLs: the server's origin
        logs: list[str] = []
        page.on("console", lambda message: logs.append(f"{message.type}: {message.text}"))
        async with page.expect_console_message(
            lambda message: message.type == "log", timeout=90_000
        ) as logged:
            await page.evaluate(f"async () => {{\n{code}\n}}")
        message = await logged.value
        assert message.args, logs
        output = await message.args[0].json_value()
    assert len(output["exam"]["questions"]) == 5, logs

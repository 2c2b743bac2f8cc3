"""The model path over real HTTP: settings -> `ChatOpenAI` clients -> the local OpenAI stub.

Nothing here mocks the SDK: `build_models` makes the clients the service would make, and the stub
(tests/support/openai_stub.py) answers with the protocol's JSON and server-sent events.
"""

from __future__ import annotations

import logging
import sys
from typing import Any, TypedDict

import pytest
from langchain_core.messages import AIMessageChunk, HumanMessage, SystemMessage
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import END, START, StateGraph
from pydantic import BaseModel, Field, SecretStr

from api.settings import Settings
from graphs.llm import ask_structured, stream_text
from graphs.model_errors import is_provider_error
from runtime.errors import ConfigError
from runtime.models import (
    PROVIDERS,
    build_models,
    describe_models,
    parse_model_spec,
)
from tests.support.openai_stub import (
    API_KEY,
    ChatRequest,
    Drop,
    Hang,
    HTTPError,
    OpenAIStub,
    StubFactory,
    Text,
)

TIMEOUT_S = 0.5
"""Short enough that a hanging provider fails over quickly; the stub answers in milliseconds."""


def make_settings(**values: Any) -> Settings:
    """Settings as an entry point would hold them, without reading the environment or `.env`."""
    return Settings.model_validate(values)


def settings_for(primary: OpenAIStub, *fallbacks: OpenAIStub, **overrides: Any) -> Settings:
    """Settings whose primary model is `primary` (with a key) and whose fallbacks are the others."""
    values: dict[str, Any] = {
        "model": "openai-compatible:primary-model",
        "model_base_url": primary.base_url,
        "model_api_key": SecretStr(API_KEY),
        "model_fallbacks": [stub.model_spec(f"fallback-{i}") for i, stub in enumerate(fallbacks)],
        "model_timeout_s": TIMEOUT_S,
        "model_max_retries": 0,
    }
    return make_settings(**{**values, **overrides})


class WordCount(BaseModel):
    """Count the words of a sentence."""

    sentence: str = Field(description="the sentence, unchanged")
    words: int = Field(description="how many words it has")


def count_words(request: ChatRequest) -> dict[str, Any]:
    """A responder doing the task for real: it counts the words of the last user message."""
    sentence = request.messages[-1]["content"]
    return {"sentence": sentence, "words": len(sentence.split())}


def reverse_text(request: ChatRequest) -> Text:
    """A responder answering text: the last user message reversed, in 3-character chunks."""
    return Text(request.messages[-1]["content"][::-1], chunk_size=3)


# --- specs and configuration ---


@pytest.mark.parametrize(
    ("text", "provider", "model", "base_url"),
    [
        ("openai:gpt-4o-mini", "openai", "gpt-4o-mini", None),
        ("DeepSeek:deepseek-chat", "deepseek", "deepseek-chat", None),
        ("ollama:qwen2.5:7b", "ollama", "qwen2.5:7b", None),
        (
            "vllm:Qwen/Qwen2.5-7B@http://gpu:8000/v1",
            "vllm",
            "Qwen/Qwen2.5-7B",
            "http://gpu:8000/v1",
        ),
        (" qwen:qwen-plus@https://gw.example/v1 ", "qwen", "qwen-plus", "https://gw.example/v1"),
    ],
)
def test_parse_model_spec(text: str, provider: str, model: str, base_url: str | None) -> None:
    spec = parse_model_spec(text)
    assert (spec.provider.name, spec.model, spec.base_url) == (provider, model, base_url)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("gpt4", "provider:model"),
        (":x", "provider:model"),
        ("openai:", "provider:model"),
        ("anthropic:claude", "openai-compatible"),
    ],
)
def test_malformed_spec_says_how_to_fix_it(text: str, hint: str) -> None:
    with pytest.raises(ConfigError) as caught:
        build_models(make_settings(model=text))
    assert f"KPL_MODEL={text!r}" in caught.value.message
    assert hint in caught.value.message


def test_a_malformed_spec_does_not_echo_credentials_in_its_url() -> None:
    settings = make_settings(model=f"mystery:m@https://user:{API_KEY}@gw.example/v1?key={API_KEY}")
    with pytest.raises(ConfigError) as caught:
        build_models(settings)
    assert "mystery:m@https://gw.example/v1" in caught.value.message
    assert API_KEY not in caught.value.message


def test_malformed_fallback_names_its_position() -> None:
    settings = make_settings(model="ollama:qwen2.5", model_fallbacks=["ollama:llama3", "gpt4"])
    with pytest.raises(ConfigError, match=r"KPL_MODEL_FALLBACKS\[1\]='gpt4'"):
        build_models(settings, environ={})


def test_offline_builds_no_model() -> None:
    settings = make_settings(model="offline")
    assert build_models(settings) == ()
    assert describe_models(settings) == ["offline"]


def test_fallbacks_are_read_from_a_comma_separated_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KPL_MODEL", "ollama:qwen2.5:7b")
    monkeypatch.setenv("KPL_MODEL_FALLBACKS", "deepseek:deepseek-chat, vllm:m@http://gpu:8000/v1")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    models = build_models(settings, environ={"DEEPSEEK_API_KEY": "sk-ds"})
    assert [m.model_name for m in models] == ["qwen2.5:7b", "deepseek-chat", "m"]  # type: ignore[attr-defined]
    assert [m.openai_api_base for m in models] == [  # type: ignore[attr-defined]
        "http://127.0.0.1:11434/v1",
        "https://api.deepseek.com/v1",
        "http://gpu:8000/v1",
    ]


@pytest.mark.parametrize("provider", ["openai", "deepseek", "qwen"])
def test_a_provider_without_its_key_names_the_variable(provider: str) -> None:
    key_env = PROVIDERS[provider].key_env
    assert key_env is not None
    settings = make_settings(model=f"{provider}:some-model")
    with pytest.raises(ConfigError, match=key_env):
        build_models(settings, environ={})
    (model,) = build_models(settings, environ={key_env: "sk-from-env"})
    assert model.openai_api_key.get_secret_value() == "sk-from-env"  # type: ignore[attr-defined]


def test_the_primary_key_setting_wins_over_the_provider_variable() -> None:
    settings = make_settings(model="deepseek:deepseek-chat", model_api_key=SecretStr("sk-kpl"))
    (model,) = build_models(settings, environ={"DEEPSEEK_API_KEY": "sk-env"})
    assert model.openai_api_key.get_secret_value() == "sk-kpl"  # type: ignore[attr-defined]


def test_settings_reach_the_client() -> None:
    settings = make_settings(model="ollama:llama3", model_timeout_s=7.5, model_max_retries=3)
    (model,) = build_models(settings, environ={})
    assert (model.request_timeout, model.max_retries, model.stream_usage) == (7.5, 3, True)  # type: ignore[attr-defined]


@pytest.mark.parametrize("provider", ["vllm", "openai-compatible"])
def test_a_self_hosted_provider_needs_a_base_url(provider: str) -> None:
    with pytest.raises(ConfigError, match="KPL_MODEL_BASE_URL"):
        build_models(make_settings(model=f"{provider}:m"), environ={})
    settings = make_settings(model="ollama:m", model_fallbacks=[f"{provider}:m"])
    with pytest.raises(ConfigError, match="provider:model@url"):
        build_models(settings, environ={})


def test_missing_openai_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "langchain_openai", None)  # makes the import fail
    with pytest.raises(ConfigError, match=r"pip install 'kaopeilian\[openai\]'"):
        build_models(make_settings(model="ollama:llama3"), environ={})


# --- over HTTP ---


async def test_ask_structured_gets_a_pydantic_object_through_tool_calling(
    openai_stub: OpenAIStub,
) -> None:
    openai_stub.responder = count_words
    models = build_models(settings_for(openai_stub))
    sentence = "the quick brown fox jumps"
    answer = await ask_structured(
        models, WordCount, [SystemMessage("Count words."), HumanMessage(sentence)]
    )
    assert answer == WordCount(sentence=sentence, words=5)
    (request,) = openai_stub.requests
    assert request.model == "primary-model"
    assert request.api_key == API_KEY
    assert request.messages[0] == {"role": "system", "content": "Count words."}
    (tool,) = request.tools
    assert tool["function"]["name"] == "WordCount"
    assert set(tool["function"]["parameters"]["properties"]) == {"sentence", "words"}
    assert request.body["tool_choice"]["function"]["name"] == "WordCount"


class Turn(TypedDict, total=False):
    """The state of the one-node graphs below."""

    prompt: str  # what the learner said
    reply: str  # the model's streamed text
    counted: int  # the model's structured answer


def one_node_graph(node: Any) -> Any:
    """A real compiled graph with one node, so calls run inside LangGraph's streaming."""
    graph = StateGraph(Turn)
    graph.add_node("node", node)
    graph.add_edge(START, "node")
    graph.add_edge("node", END)
    return graph.compile(checkpointer=InMemorySaver())


async def test_stream_text_streams_tokens_through_the_messages_mode(
    openai_stub: OpenAIStub,
) -> None:
    openai_stub.responder = reverse_text
    models = build_models(settings_for(openai_stub))

    async def say(state: Turn) -> dict[str, Any]:
        return {"reply": await stream_text(models, [HumanMessage(state["prompt"])])}

    tokens: list[str] = []
    final: dict[str, Any] = {}
    prompt = "我们的会员卡可以在全国门店使用"
    config = {"configurable": {"thread_id": "t"}}
    graph = one_node_graph(say)
    async for mode, data in graph.astream(
        {"prompt": prompt}, config, stream_mode=["messages", "values"]
    ):
        if mode == "messages":
            chunk, _meta = data
            assert isinstance(chunk, AIMessageChunk)
            if chunk.content:
                tokens.append(str(chunk.content))
        else:
            final = data
    assert final["reply"] == prompt[::-1]
    assert len(tokens) == len(prompt[::3]) > 1
    assert "".join(tokens) == prompt[::-1]
    (request,) = openai_stub.requests
    assert request.stream and request.body["stream_options"] == {"include_usage": True}


async def test_structured_calls_stream_tool_call_deltas_but_no_tokens(
    openai_stub: OpenAIStub,
) -> None:
    openai_stub.responder = count_words
    models = build_models(settings_for(openai_stub))

    async def count(state: Turn) -> dict[str, Any]:
        answer = await ask_structured(models, WordCount, [HumanMessage(state["prompt"])])
        return {"counted": answer.words}

    graph = one_node_graph(count)
    config = {"configurable": {"thread_id": "t"}}
    streamed = [
        data
        async for mode, data in graph.astream(
            {"prompt": "one two three 四"}, config, stream_mode=["messages", "values"]
        )
    ]
    assert streamed[-1]["counted"] == 4
    assert not [item for item in streamed if isinstance(item, tuple)]  # nostream: no tokens
    assert openai_stub.requests[0].stream  # inside a run the model streams the tool call


def test_usage_arrives_with_a_plain_call(openai_stub: OpenAIStub) -> None:
    openai_stub.reply_with("短答")
    (model,) = build_models(settings_for(openai_stub))
    message = model.invoke("hi")
    assert message.content == "短答"
    assert message.usage_metadata is not None and message.usage_metadata["output_tokens"] > 0


# --- failures and fallbacks ---

FAILURES = [
    pytest.param(HTTPError(500), id="500"),
    pytest.param(HTTPError(429, "slow down"), id="429"),
    pytest.param(Hang(), id="hang"),
    pytest.param(Drop(), id="drop"),
]


@pytest.mark.parametrize("failure", FAILURES)
async def test_a_failing_primary_falls_back_for_structured_calls(
    openai_stubs: StubFactory, failure: HTTPError | Hang | Drop
) -> None:
    primary, backup = openai_stubs(), openai_stubs(responder=count_words)
    primary.fail_with(failure)
    models = build_models(settings_for(primary, backup))
    answer = await ask_structured(models, WordCount, [HumanMessage("a b c")])
    assert answer.words == 3
    assert len(primary.requests) == 1
    assert [r.model for r in backup.requests] == ["fallback-0"]


@pytest.mark.parametrize("failure", FAILURES)
async def test_a_failing_primary_falls_back_for_streamed_text(
    openai_stubs: StubFactory, failure: HTTPError | Hang | Drop
) -> None:
    primary, backup = openai_stubs(), openai_stubs(responder=reverse_text)
    primary.fail_with(failure)
    models = build_models(settings_for(primary, backup))
    assert await stream_text(models, [HumanMessage("abcdef")]) == "fedcba"
    assert len(primary.requests) == 1 and len(backup.requests) == 1


async def test_retries_go_to_the_same_provider_before_the_fallback(
    openai_stubs: StubFactory,
) -> None:
    primary, backup = openai_stubs(), openai_stubs(responder=count_words)
    primary.fail_with(HTTPError(503))
    models = build_models(settings_for(primary, backup, model_max_retries=2))
    assert (await ask_structured(models, WordCount, [HumanMessage("x y")])).words == 2
    assert len(primary.requests) == 3  # the first try and two retries
    assert len(backup.requests) == 1


async def test_a_recovered_primary_is_used_again(openai_stubs: StubFactory) -> None:
    primary, backup = openai_stubs(responder=reverse_text), openai_stubs(responder=reverse_text)
    models = build_models(settings_for(primary, backup))
    primary.fail_with(Drop())
    await stream_text(models, [HumanMessage("ab")])
    primary.fail_with(None)
    await stream_text(models, [HumanMessage("cd")])
    assert [r.messages[-1]["content"] for r in primary.requests] == ["ab", "cd"]
    assert [r.messages[-1]["content"] for r in backup.requests] == ["ab"]


@pytest.mark.parametrize("failure", FAILURES)
@pytest.mark.parametrize("call", ["structured", "text"])
async def test_when_every_provider_fails_the_error_is_a_provider_error(
    openai_stubs: StubFactory, failure: HTTPError | Hang | Drop, call: str
) -> None:
    primary, backup = openai_stubs(), openai_stubs()
    primary.fail_with(failure)
    backup.fail_with(HTTPError(502))
    models = build_models(settings_for(primary, backup))
    with pytest.raises(Exception) as caught:  # the type is what we examine
        if call == "structured":
            await ask_structured(models, WordCount, [HumanMessage("a")])
        else:
            await stream_text(models, [HumanMessage("a")])
    assert is_provider_error(caught.value), repr(caught.value)
    assert len(primary.requests) == len(backup.requests) == 1


@pytest.mark.parametrize("status", [400, 401, 404])
async def test_the_callers_own_mistakes_are_not_provider_errors(
    openai_stub: OpenAIStub, status: int
) -> None:
    openai_stub.fail_with(HTTPError(status, "bad request", retry_after_s=None))
    models = build_models(settings_for(openai_stub))
    with pytest.raises(Exception) as caught:
        await ask_structured(models, WordCount, [HumanMessage("a")])
    assert getattr(caught.value, "status_code", None) == status
    assert not is_provider_error(caught.value)


def test_provider_errors_are_found_behind_a_wrapping_error() -> None:
    import openai

    cause = openai.APIConnectionError(request=__import__("httpx2").Request("POST", "http://x"))
    try:
        try:
            raise cause
        except openai.APIConnectionError as exc:
            raise RuntimeError("the node gave up") from exc
    except RuntimeError as wrapped:
        assert is_provider_error(wrapped)
    assert not is_provider_error(ValueError("not a provider"))


# --- secrets ---


async def test_no_api_key_leaks_into_reprs_descriptions_or_logs(
    openai_stubs: StubFactory, caplog: pytest.LogCaptureFixture
) -> None:
    primary, backup = openai_stubs(), openai_stubs(responder=count_words)
    primary.fail_with(HTTPError(500))
    settings = settings_for(primary, backup)
    with caplog.at_level(logging.DEBUG):
        models = build_models(settings, environ={"OPENAI_COMPATIBLE_API_KEY": API_KEY})
        await ask_structured(models, WordCount, [HumanMessage("a b")])
    assert backup.requests[0].api_key == API_KEY  # the fallback's key came from its variable
    assert caplog.records, "expected the SDK's debug logs to be captured"
    shown = [caplog.text, repr(settings), *map(repr, models), *map(str, models)]
    shown += describe_models(settings)
    assert not [text for text in shown if API_KEY in text]


def test_describe_models_names_provider_model_and_url_without_secrets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    settings = make_settings(
        model="openai:gpt-4o-mini",
        model_api_key=SecretStr(API_KEY),
        model_fallbacks=[f"vllm:m@http://user:{API_KEY}@gpu:8000/v1?key={API_KEY}", "ollama:q:7b"],
    )
    assert describe_models(settings) == [
        "openai:gpt-4o-mini@https://api.openai.com/v1",
        "vllm:m@http://gpu:8000/v1",
        "ollama:q:7b@http://127.0.0.1:11434/v1",
    ]


# --- the stub itself ---


async def test_a_broken_responder_is_reported_not_mistaken_for_an_outage() -> None:
    def broken(request: ChatRequest) -> str:
        raise KeyError("no such field")

    with OpenAIStub(responder=broken) as stub:
        models = build_models(settings_for(stub, model_max_retries=3))
        with pytest.raises(Exception) as caught:  # the type is what we examine
            await stream_text(models, [HumanMessage("a")])
        assert getattr(caught.value, "status_code", None) == 400
        assert not is_provider_error(caught.value)
        assert len(stub.requests) == 1  # 400 is not retried
        assert [type(error) for error in stub.responder_errors] == [KeyError]


async def test_the_documented_example_works(openai_stubs: StubFactory) -> None:
    primary = openai_stubs()
    backup = openai_stubs(responder=lambda request: Text(request.messages[-1]["content"].upper()))
    primary.fail_with(HTTPError(500))
    settings = Settings.model_validate(
        {
            "model": "openai-compatible:main",
            "model_base_url": primary.base_url,
            "model_api_key": SecretStr(API_KEY),
            "model_fallbacks": [backup.model_spec("backup")],
            "model_max_retries": 0,
        }
    )
    assert await stream_text(build_models(settings), [HumanMessage("hi")]) == "HI"
    assert backup.requests[0].model == "backup"


@pytest.mark.parametrize("failure", [Hang(), Drop()], ids=["stall", "drop"])
async def test_a_stream_that_breaks_midway_is_a_provider_error(
    openai_stub: OpenAIStub, failure: Hang | Drop
) -> None:
    openai_stub.reply_with(Text("abcdefghij", chunk_size=2, fail_after=2, failure=failure))
    models = build_models(settings_for(openai_stub))
    received: list[str] = []
    with pytest.raises(Exception) as caught:  # the type is what we examine
        async for chunk in models[0].astream([HumanMessage("go")]):
            received.append(str(chunk.content))
    assert "".join(received) == "abcd"  # what came before the break did arrive
    assert is_provider_error(caught.value), repr(caught.value)

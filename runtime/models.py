"""The chat models a run uses: the primary `provider:model` and its fallbacks, built from settings.

Every provider speaks OpenAI's chat-completions protocol, so each becomes a `ChatOpenAI` from
langchain-openai (the optional `openai` extra, imported only when a model is configured):

    provider            base URL                                             API key
    openai              the SDK's default (or OPENAI_BASE_URL)               OPENAI_API_KEY
    deepseek            https://api.deepseek.com/v1                          DEEPSEEK_API_KEY
    qwen                https://dashscope.aliyuncs.com/compatible-mode/v1    DASHSCOPE_API_KEY
    ollama              http://127.0.0.1:11434/v1                            none
    vllm                KPL_MODEL_BASE_URL or `@url` (required)              VLLM_API_KEY, optional
    openai-compatible   KPL_MODEL_BASE_URL or `@url` (required)              OPENAI_COMPATIBLE_API_KEY, optional

A spec is `provider:model`, optionally `provider:model@http://host/v1` to give that model its own
base URL (the way a fallback names its endpoint). `KPL_MODEL_BASE_URL` and `KPL_MODEL_API_KEY`
apply to the primary only. The model name is everything after the first colon, so Ollama tags such
as `ollama:qwen2.5:7b` work. Keys stay in `SecretStr` and never appear in messages or descriptions.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

import httpx
from pydantic import SecretStr

from runtime.errors import ConfigError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

OFFLINE = "offline"
OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1"
NO_KEY = "not-needed"
"""Sent to servers that take no key: the openai SDK refuses to start without one."""


@dataclasses.dataclass(frozen=True, kw_only=True)
class Provider:
    """An OpenAI-compatible endpoint family: where it lives and where its key comes from."""

    name: str
    base_url: str | None
    """None: the SDK's default (openai) or no default at all (`needs_base_url`)."""
    key_env: str | None
    """The environment variable holding the provider's key; None when no key is used."""
    key_required: bool
    needs_base_url: bool = False


PROVIDERS: dict[str, Provider] = {
    p.name: p
    for p in (
        Provider(name="openai", base_url=None, key_env="OPENAI_API_KEY", key_required=True),
        Provider(
            name="deepseek",
            base_url="https://api.deepseek.com/v1",
            key_env="DEEPSEEK_API_KEY",
            key_required=True,
        ),
        Provider(
            name="qwen",
            base_url="https://dashscope.aliyuncs.com/compatible-mode/v1",
            key_env="DASHSCOPE_API_KEY",
            key_required=True,
        ),
        Provider(
            name="ollama", base_url="http://127.0.0.1:11434/v1", key_env=None, key_required=False
        ),
        Provider(
            name="vllm",
            base_url=None,
            key_env="VLLM_API_KEY",
            key_required=False,
            needs_base_url=True,
        ),
        Provider(
            name="openai-compatible",
            base_url=None,
            key_env="OPENAI_COMPATIBLE_API_KEY",
            key_required=False,
            needs_base_url=True,
        ),
    )
}


@dataclasses.dataclass(frozen=True, kw_only=True)
class ModelSpec:
    """One parsed `provider:model[@base_url]`, with the setting it came from for error messages."""

    provider: Provider
    model: str
    base_url: str | None
    """The spec's own `@url`, or `KPL_MODEL_BASE_URL` for the primary; None: provider default."""
    setting: str
    """`KPL_MODEL` or `KPL_MODEL_FALLBACKS[i]`."""

    @property
    def resolved_base_url(self) -> str:
        """The URL requests go to (for logs; `ChatOpenAI` gets `base_url` as given)."""
        return (
            self.base_url
            or self.provider.base_url
            or os.environ.get("OPENAI_BASE_URL")
            or OPENAI_DEFAULT_BASE_URL
        )


def parse_model_spec(text: str, *, setting: str = "KPL_MODEL") -> ModelSpec:
    """Parse `provider:model` or `provider:model@http://host/v1`; ConfigError says how to fix it."""
    spec = text.strip()
    base_url: str | None = None
    for marker in ("@http://", "@https://"):
        if marker in spec:
            spec, base_url = spec.split(marker, 1)
            base_url = marker[1:] + base_url
            break
    shown = f"{spec}@{_redact(base_url)}" if base_url else spec  # a URL may carry credentials
    provider_name, colon, model = spec.partition(":")
    provider_name, model = provider_name.strip().lower(), model.strip()
    example = "openai:gpt-4o-mini, deepseek:deepseek-chat or vllm:qwen2.5-7b@http://host:8000/v1"
    if not colon or not provider_name or not model:
        raise ConfigError(
            f"{setting}={shown!r} is not a model spec: write provider:model, e.g. {example} "
            f"(or KPL_MODEL=offline for no model)"
        )
    provider = PROVIDERS.get(provider_name)
    if provider is None:
        raise ConfigError(
            f"{setting}={shown!r}: unknown provider {provider_name!r}; use one of "
            f"{', '.join(PROVIDERS)} (any OpenAI-compatible server works as openai-compatible)"
        )
    return ModelSpec(provider=provider, model=model, base_url=base_url, setting=setting)


class ModelSettings(Protocol):
    """The settings the models are built from (`KPL_MODEL*`; api.settings.Settings has them)."""

    @property
    def model(self) -> str: ...
    @property
    def model_base_url(self) -> str | None: ...
    @property
    def model_api_key(self) -> SecretStr | None: ...
    @property
    def model_fallbacks(self) -> list[str]: ...
    @property
    def model_timeout_s(self) -> float: ...
    @property
    def model_max_retries(self) -> int: ...


def model_specs(settings: ModelSettings) -> list[ModelSpec]:
    """The primary spec then the fallbacks, in order; empty when `KPL_MODEL=offline`."""
    if settings.model.strip().lower() == OFFLINE:
        return []
    primary = parse_model_spec(settings.model)
    if primary.base_url is None and settings.model_base_url:
        primary = dataclasses.replace(primary, base_url=settings.model_base_url)
    fallbacks = [
        parse_model_spec(text, setting=f"KPL_MODEL_FALLBACKS[{i}]")
        for i, text in enumerate(settings.model_fallbacks)
    ]
    return [primary, *fallbacks]


def build_models(
    settings: ModelSettings, *, environ: Mapping[str, str] | None = None
) -> tuple[BaseChatModel, ...]:
    """The configured chat models, primary first; `()` for the offline engine.

    `environ` (default `os.environ`) supplies the providers' own key variables.
    """
    specs = model_specs(settings)
    if not specs:
        return ()
    try:
        from langchain_openai import ChatOpenAI
    except ImportError as exc:
        raise ConfigError(
            f"KPL_MODEL={settings.model!r} needs langchain-openai, which is not installed: "
            "run pip install 'kaopeilian[openai]' (or set KPL_MODEL=offline)"
        ) from exc
    env = os.environ if environ is None else environ
    models: list[BaseChatModel] = []
    for index, spec in enumerate(specs):
        key = settings.model_api_key if index == 0 else None
        if spec.provider.needs_base_url and not spec.base_url:
            where = "KPL_MODEL_BASE_URL" if index == 0 else "the spec, as provider:model@url"
            raise ConfigError(
                f"{spec.setting}: provider {spec.provider.name!r} has no default address; "
                f"give its base URL in {where}, e.g. http://127.0.0.1:8000/v1"
            )
        models.append(
            ChatOpenAI(
                model=spec.model,
                base_url=spec.base_url or spec.provider.base_url,
                api_key=_api_key(spec, key, env),
                timeout=settings.model_timeout_s,
                max_retries=settings.model_max_retries,
                # A stalled stream fails over as soon as a silent request would.
                stream_chunk_timeout=settings.model_timeout_s,
                stream_usage=True,
            )
        )
    return tuple(models)


def _api_key(spec: ModelSpec, configured: SecretStr | None, env: Mapping[str, str]) -> SecretStr:
    if configured is not None and configured.get_secret_value():
        return configured
    provider = spec.provider
    from_env = env.get(provider.key_env, "") if provider.key_env else ""
    if from_env:
        return SecretStr(from_env)
    if provider.key_required:
        primary_hint = " or KPL_MODEL_API_KEY" if spec.setting == "KPL_MODEL" else ""
        raise ConfigError(
            f"{spec.setting}: provider {provider.name!r} needs an API key; "
            f"set {provider.key_env}{primary_hint}"
        )
    return SecretStr(NO_KEY)


def describe_models(settings: ModelSettings) -> list[str]:
    """`provider:model@base_url` per configured model, for logs; `["offline"]` without a model.

    Keys are never part of it, and a URL's user info and query (where gateways put tokens) are cut.
    """
    specs = model_specs(settings)
    if not specs:
        return [OFFLINE]
    return [f"{s.provider.name}:{s.model}@{_redact(s.resolved_base_url)}" for s in specs]


def _redact(url: str) -> str:
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return "<invalid url>"
    return str(parsed.copy_with(username=None, password=None, query=None, fragment=None))

"""Settings, read once by an entry point (`kpl`, `create_app`) from `KPL_*` variables and `.env`.

Only the entry points (api/app.py, api/cli/, api/compose.py) import this module; each room declares
the settings it reads as a small Protocol of its own (runtime.bootstrap.RuntimeSettings,
runtime.models.ModelSettings, runtime.runs.coordination.CoordinationSettings,
middleware.defaults.PipelineSettings, …) that `Settings` satisfies, checked by mypy at the call.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from routers.decision import Strategy as RouterStrategy
from runtime.executor import Durability
from runtime.identity import user_id

AuthMode = Literal["none", "apikey", "jwt"]
"""`none`: every caller is user `local`; `apikey`: KPL_API_KEYS; `jwt`: HS256 with KPL_JWT_SECRET."""


def default_home() -> Path:
    """The per-user data folder of the default store: `$XDG_DATA_HOME/kaopeilian`, else
    `~/.local/share/kaopeilian`."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "kaopeilian"


class Settings(BaseSettings):
    """Every knob of the service; see README's configuration table."""

    model_config = SettingsConfigDict(
        env_prefix="KPL_", env_file=".env", extra="ignore", frozen=True
    )

    home: Path = Field(default_factory=lambda: default_home())
    """`KPL_HOME`: where the default store lives, the same folder whatever the current one is
    (`$XDG_DATA_HOME/kaopeilian`, else `~/.local/share/kaopeilian`)."""
    checkpoint_url: str = ""
    """Unset: `sqlite:///<KPL_HOME>/kpl.db`."""
    """`memory://`, `sqlite:///relative/or//absolute/path`, `redis://host:6379/0`, `postgresql://...`."""
    durability: Durability = "async"
    checkpoint_ttl_s: float | None = Field(default=None, gt=0)
    """Redis only: how long a thread's checkpoints live after their last write; unset = forever."""
    checkpoint_pool_size: int = Field(default=10, ge=1)
    """Postgres only: the most connections the checkpoint and thread-record pools each open."""

    model: str = "offline"
    """`offline`, or `provider:model` such as `openai:gpt-4o-mini`, `deepseek:deepseek-chat`."""
    model_base_url: str | None = None
    model_api_key: SecretStr | None = None
    model_fallbacks: Annotated[list[str], NoDecode] = Field(default_factory=list)
    """Further `provider:model` specs tried in order when the primary fails."""
    model_timeout_s: float = Field(default=60.0, gt=0)
    model_max_retries: int = Field(default=1, ge=0)

    graphs: Annotated[dict[str, str], NoDecode] = Field(default_factory=dict)
    """Developers' own graphs: `name=package.module:attr,...`."""
    content_dir: Path | None = None
    """Authored content; defaults to the content shipped in `graphs/content`."""
    reload: bool = True
    """Watch the content folder and swap in every valid edit (library and graph definitions)."""
    reload_debounce_ms: int = Field(default=300, ge=10)
    """Changes closer together than this are reloaded once."""

    run_timeout_s: float = Field(default=300.0, gt=0)
    batch_concurrency: int = Field(default=4, ge=1)
    max_material_chars: int = Field(default=200_000, ge=100)
    coaching: bool = True
    engine_threads: int = Field(default=4, ge=0)
    """Threads for the offline engine's CPU work, off the event loop; 0 runs it on the loop."""
    warm_start: bool = True
    """Before serving: load the engine's tables, freeze the start-up heap out of the garbage
    collector's way, shorten the GIL switch interval (api/warm_start.py)."""

    router_strategy: RouterStrategy = "hybrid"
    """How the intent router combines rules and the analyzer (docs/router.md)."""
    router_threshold: float = Field(default=0.22, ge=0, le=1)
    """The offline analyzer's score below which the router asks to clarify."""
    router_margin: float = Field(default=0.05, ge=0, le=1)
    """`confidence_threshold`: the lead the top intent needs over the second."""
    router_model_threshold: float = Field(default=0.6, ge=0, le=1)
    """The model analyzer's confidence below which the router asks to clarify."""
    router_rules: Path | None = None
    """A rules file or folder instead of the shipped routers/rules.yaml."""
    router_examples: Path | None = None
    """Example utterances instead of the shipped routers/examples.yaml."""

    # The run pipeline (docs/middleware.md)
    run_deadline_s: float = Field(default=900.0, gt=0)
    """A run's overall deadline through the whole pipeline, retries included."""
    run_retries: int = Field(default=3, ge=1)
    """Attempts for a run that fails retriably before its first event."""
    rate_limit: str = "60/minute"
    """Runs a user may start, in the `limits` notation (`10/second`, `60/minute;1000/day`)."""
    rate_limit_flows: Annotated[dict[str, str], NoDecode] = Field(default_factory=dict)
    """Per-flow limits: `KPL_RATE_LIMIT_FLOWS="exam_generation=10/minute"`."""
    rate_limit_costs: Annotated[dict[str, int], NoDecode] = Field(
        default_factory=lambda: {"exam_generation": 5}
    )
    """How many units a run of a flow takes: `KPL_RATE_LIMIT_COSTS="exam_generation=5"`."""
    rate_limit_storage: str = "memory://"
    forbidden_terms: Annotated[list[str], NoDecode] = Field(default_factory=list)
    """Terms masked in model output and refused in learner input (comma-separated)."""
    forbidden_mask: str = "***"
    metrics: bool = True
    tracing: bool = True
    """OpenTelemetry spans per run and node; a no-op unless the `tracing` extra is installed."""
    result_cache: bool = True
    """Reuse the exam for the same material and blueprint."""
    result_cache_max_entries: int = Field(default=256, ge=1)
    result_cache_ttl_s: float = Field(default=3600.0, gt=0)
    breaker_threshold: int = Field(default=5, ge=1)
    """Consecutive failures that open a model provider's circuit breaker."""
    breaker_ttl_s: float = Field(default=30.0, gt=0)
    """How long an open breaker fails fast before it lets one call try again."""

    log_level: str = "INFO"
    log_json: bool = False
    """JSON lines (for log collectors) instead of readable console lines."""

    # The HTTP service
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    auth: AuthMode = "none"
    api_keys: Annotated[dict[str, str], NoDecode] = Field(default_factory=dict, repr=False)
    """`KPL_API_KEYS="key1:alice,key2:bob"`: API key → user."""
    jwt_secret: SecretStr | None = None
    jwt_max_age_s: float = Field(default=86_400.0, gt=0)
    """`KPL_AUTH=jwt`: the longest a token may be valid (its `exp` from its `iat`, or from now);
    a token without `exp`, or valid for longer, is refused with 401."""
    stream_ticket_ttl_s: float = Field(default=60.0, gt=0, le=3600)
    """How long a stream ticket (`POST /api/v1/stream-tickets`) waits for its one use."""
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    playground: bool = True
    heartbeat_s: float = Field(default=15.0, gt=0)
    """A `heartbeat` event is sent after this many seconds of silence on a stream."""
    sse_send_timeout_s: float = Field(default=30.0, gt=0)
    """A client that does not take a frame within this time is dropped (its run goes on)."""
    token_flush_ms: int = Field(default=40, ge=0, le=1000)
    """A node's model tokens within this interval go out as one `token` event (its first token at
    once, the rest when the interval ends or another event comes); 0 sends every chunk."""
    event_buffer: int = Field(default=10_000, ge=100)
    """Events held per run for reconnects and joins."""
    event_retention_s: float = Field(default=600.0, ge=1)
    """How long a finished run's events stay available to reconnecting clients."""
    redis_url: str | None = None
    """`redis://host:6379/0`: workers share runs through Redis (event streams, thread leases, run
    records, cancels, rate-limit counts), so `kpl serve --workers N` works; unset: one process."""
    redis_prefix: str = Field(default="kpl", min_length=1)
    """The prefix of every key and channel the workers share (one per deployment on a Redis)."""
    lease_ttl_s: float = Field(default=10.0, gt=0)
    """A thread lease's and a worker's life without renewal (renewed every third of it): how soon
    the thread of a worker that died can continue on another."""
    max_body_bytes: int = Field(default=1_000_000, ge=1024)
    max_json_depth: int = Field(default=64, ge=2, le=200)
    """How deeply a JSON body may nest arrays and objects; deeper bodies are refused with 422
    before they are parsed (the parsers and serialisers behind recurse once per level)."""

    def rate_limit_storage_uri(self) -> str:
        """Where rate-limit counts live: `KPL_RATE_LIMIT_STORAGE` if set, else Redis when
        `KPL_REDIS_URL` is set (so that workers share them), else this process's memory."""
        if self.redis_url and "rate_limit_storage" not in self.model_fields_set:
            return self.redis_url
        return self.rate_limit_storage

    @model_validator(mode="before")
    @classmethod
    def _default_store_in_home(cls, data: object) -> object:
        if isinstance(data, dict) and not data.get("checkpoint_url"):
            home = Path(data.get("home") or default_home()).expanduser()
            data = {**data, "checkpoint_url": f"sqlite:///{home.absolute()}/kpl.db"}
        return data

    @model_validator(mode="after")
    def _auth_is_configured(self) -> Settings:
        if self.auth == "apikey" and not self.api_keys:
            raise ValueError("KPL_AUTH=apikey needs KPL_API_KEYS=key1:alice,key2:bob")
        if self.auth == "jwt" and self.jwt_secret is None:
            raise ValueError("KPL_AUTH=jwt needs KPL_JWT_SECRET")
        return self

    @field_validator("model_fallbacks", mode="before")
    @classmethod
    def _split_fallbacks(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("rate_limit_flows", "rate_limit_costs", mode="before")
    @classmethod
    def _parse_flow_map(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        pairs: dict[str, str] = {}
        for entry in filter(None, (part.strip() for part in value.split(","))):
            flow, sep, setting = entry.partition("=")
            if not sep or not flow.strip() or not setting.strip():
                raise ValueError(f"entry {entry!r} must look like flow=value")
            pairs[flow.strip()] = setting.strip()
        return pairs

    @field_validator("cors_origins", "forbidden_terms", mode="before")
    @classmethod
    def _split_list(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("api_keys", mode="before")
    @classmethod
    def _parse_api_keys(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        keys: dict[str, str] = {}
        for entry in filter(None, (part.strip() for part in value.split(","))):
            key, sep, user = entry.rpartition(":")
            if not sep or not key or user_id(user) is None:
                raise ValueError(
                    "KPL_API_KEYS entries must look like key:user (the key is not shown)"
                )
            keys[key] = user.strip()
        return keys

    @field_validator("graphs", mode="before")
    @classmethod
    def _parse_graphs(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        graphs: dict[str, str] = {}
        for entry in filter(None, (part.strip() for part in value.split(","))):
            name, sep, target = entry.partition("=")
            if not sep or not name.strip() or ":" not in target:
                raise ValueError(
                    f"KPL_GRAPHS entry {entry!r} must look like name=package.module:attr"
                )
            graphs[name.strip()] = target.strip()
        return graphs

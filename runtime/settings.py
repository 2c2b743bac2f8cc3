"""Settings, read once by an entry point (`kpl`, `create_app`) from `KPL_*` variables and `.env`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

Durability = Literal["sync", "async", "exit"]
"""When checkpoints are written: before the next step (`sync`), alongside it (`async`), or at exit."""


class Settings(BaseSettings):
    """Every knob of the service; see README's configuration table."""

    model_config = SettingsConfigDict(
        env_prefix="KPL_", env_file=".env", extra="ignore", frozen=True
    )

    checkpoint_url: str = "sqlite:///.kpl/kpl.db"
    """`memory://` or `sqlite:///relative/or//absolute/path`."""
    durability: Durability = "async"

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

    run_timeout_s: float = Field(default=300.0, gt=0)
    batch_concurrency: int = Field(default=4, ge=1)
    max_material_chars: int = Field(default=200_000, ge=100)
    coaching: bool = True

    log_level: str = "INFO"

    @field_validator("model_fallbacks", mode="before")
    @classmethod
    def _split_fallbacks(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

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

"""The header every authored content file carries: `kind`, `schema_version`, `id`, `version`,
`description`. Each kind's model (course, scenario, rubric, blueprint) extends `Authored`."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"


class Authored(BaseModel):
    """Fields shared by every authored file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: str
    schema_version: int = Field(default=1, ge=1, le=1)
    id: str = Field(pattern=ID_PATTERN, description="lower-case letters, digits, - and _")
    version: str = "1"
    description: str = ""

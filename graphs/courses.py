"""A course: the material exams are generated from, authored as a file of kind `course`."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from graphs.authored import Authored
from graphs.exams import Blueprint, Language


class Course(Authored):
    """Course material (markdown) with a title and the language it is written in."""

    kind: Literal["course"] = "course"
    title: str = Field(min_length=1)
    language: Language
    aliases: list[str] = Field(default_factory=list)
    """Other names learners use for the course (the router matches them)."""
    material: str = Field(min_length=1)


class BlueprintFile(Authored):
    """A named blueprint an author can refer to (`--blueprint onboarding-quiz`)."""

    kind: Literal["blueprint"] = "blueprint"
    title: str = ""
    course: str | None = None
    """The course this blueprint is meant for, if any."""
    blueprint: Blueprint

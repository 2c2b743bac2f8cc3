"""`/playground`: the developers' page, static files served by the app (no build, no CDN)."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

PLAYGROUND_DIR = Path(__file__).resolve().parent.parent / "playground"


def mount_playground(app: FastAPI) -> None:
    """Serve the playground at `/playground/` (index.html, its script and style)."""
    app.mount("/playground", StaticFiles(directory=PLAYGROUND_DIR, html=True), name="playground")

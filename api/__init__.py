"""Interfaces: the FastAPI app, SSE, the playground and the `kpl` CLI."""

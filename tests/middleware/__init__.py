"""Tests of the run pipeline and its built-in middlewares."""

"""The execution layer: settings, checkpoints, the graph registry and cached executor, run events.

Nothing here knows about HTTP; `api/` frames what this package yields.
"""

"""The flows: one folder per flow (`state.py`, `nodes.py`, `build.py`), the offline text engine,
and the authored content the flows read (`graphs/content`)."""

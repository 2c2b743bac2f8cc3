"""Authored content, live: the served library and definitions, reloads, per-file status, the
archive of definition versions threads are pinned to, and previews (dry runs).

    live        LiveContent: what is served, swapped whole on a good reload
    definition_check  one authored file: its graph id, its problems, its compiled graph
    reload      the content watcher (debounced file events)
    status      per-file status and located errors
    archive     definition versions kept for the threads that ran them
    pinning     the version a thread runs on
    preview     a definition run on the offline engine, nothing saved
"""

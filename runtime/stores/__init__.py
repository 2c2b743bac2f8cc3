"""Where threads live: the checkpoint savers and LangGraph stores behind one URL factory.

factory            open_checkpointer / open_store from a URL (memory, sqlite, postgres, redis)
postgres_saver     Postgres saver with the project's pool and serde
redis_saver(_reads, _writes), redis_store, redis_layout, redis_pruning   the Redis forms
"""

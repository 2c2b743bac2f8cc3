"""The runs service: runs started in the background, their events, records, leases and threads,
in one process or shared by many workers through Redis.

    manager        RunManager: start, get, cancel, wait; admission of a run
    broker         EventBroker protocol and the in-memory broker; redis_broker, redis_stream_reader
    records        RunRecords protocol and the in-memory records; redis_records
    redis_locks    thread leases on Redis
    coordination   the memory or Redis set of the above, from one config
    threads        thread records and who owns them
"""

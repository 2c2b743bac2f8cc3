"""Thread leases in Redis: runs on one thread never interleave, whichever worker runs them.

    leases = RedisThreadLeases(client, prefix="kpl", ttl_s=10.0)
    async with leases.hold(thread_id, wait=False):   # ThreadBusy if another worker holds it
        ...

A lease is the key `<prefix>:lease:<thread_id>`, taken with `SET NX PX <ttl>` and a random token,
so that only its holder can renew or release it:

- **Renewal.** While the body runs, the lease is renewed every `ttl_s / 3` (compare the token,
  then `PEXPIRE`, in one Lua script). One renewal loop per worker renews all the leases it holds,
  their scripts sent in one round trip (a task and a round trip per lease before). A worker that
  dies stops renewing, so its lease expires after at most `ttl_s` and the thread can continue on
  another worker from its last checkpoint.
- **Loss.** When a renewal finds the lease gone or someone else's, or Redis has not confirmed it
  for a whole `ttl_s`, the holder no longer has the thread: its task is cancelled with
  `LOST_HOLD` (runtime/locks.py) rather than left running unprotected; the other leases of the
  round are untouched.
- **Release** compares the token and deletes the key in one script, and publishes the thread id
  on `<prefix>:lease:released`.
- **Waiting** (`wait=True`, the `enqueue` and `interrupt` strategies): one pub/sub listener per
  process wakes the waiters of a released thread at once; each waiter also retries every
  `ttl_s / 3`, which is how it notices the lease of a dead worker expire (expiry publishes
  nothing) and survives a notice lost to a reconnect.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import structlog
from redis.asyncio import Redis

from runtime.errors import KplError
from runtime.locks import LOST_HOLD, busy
from runtime.redis_connect import REDIS_DOWN, follow_channel
from runtime.redis_pipelining import SharedPipeline

log = structlog.get_logger(__name__)

TAKE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0
"""
"""`SET NX PX`, except that a lease already ours (a retried command) counts as taken."""

RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""

RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  redis.call('PUBLISH', KEYS[2], ARGV[2])
  return 1
end
return 0
"""


@dataclass(kw_only=True)
class _Held:
    """A lease this worker holds: whose task to cancel when it is lost, and when Redis last
    confirmed it (loop time)."""

    thread_id: str
    token: str
    holder: asyncio.Task[object] | None
    confirmed: float


class LeaseUnavailable(KplError):
    """Redis did not answer, so the thread's lease could not be taken; try again shortly."""

    code = "unavailable"
    retriable = True


class RedisThreadLeases:
    """`ThreadLock` over Redis leases with renewal, shared by every worker on one Redis."""

    def __init__(
        self,
        client: Redis,
        *,
        prefix: str = "kpl",
        ttl_s: float = 10.0,
        scripts: SharedPipeline | None = None,
    ) -> None:
        if ttl_s <= 0:
            raise ValueError(f"a lease's ttl_s must be > 0, got {ttl_s}")
        self.client = client
        self.prefix = prefix
        self.ttl_s = ttl_s
        self.channel = f"{prefix}:lease:released"
        self._calls = scripts or SharedPipeline(client)
        self._take = self._calls.register(TAKE)
        self._renew = self._calls.register(RENEW)
        self._release = self._calls.register(RELEASE)
        self._waiters: dict[str, set[asyncio.Event]] = {}
        self._held: dict[str, _Held] = {}  # by token
        self._renewer: asyncio.Task[None] | None = None
        self._listener: asyncio.Task[None] | None = None
        self._subscribed: asyncio.Event | None = None

    @property
    def _ttl_ms(self) -> int:
        return max(1, int(self.ttl_s * 1000))

    def _key(self, thread_id: str) -> str:
        return f"{self.prefix}:lease:{thread_id}"

    async def is_held(self, thread_id: str) -> bool:
        """True while a worker holds the thread's lease."""
        return bool(await self.client.exists(self._key(thread_id)))

    @asynccontextmanager
    async def hold(self, thread_id: str, *, wait: bool) -> AsyncIterator[None]:
        """Hold the thread's lease for the body of the `async with`, renewing it meanwhile."""
        token = uuid.uuid4().hex
        await self._acquire(thread_id, token, wait=wait)
        loop = asyncio.get_running_loop()
        self._held[token] = _Held(
            thread_id=thread_id,
            token=token,
            holder=asyncio.current_task(),
            confirmed=loop.time(),
        )
        if self._renewer is None or self._renewer.done():
            self._renewer = asyncio.create_task(self._renew_all(), name="lease-renewal")
        try:
            yield
        finally:
            self._held.pop(token, None)  # before the release: a later renewal concerns no one
            await self._give_back(thread_id, token)

    async def _try(self, thread_id: str, token: str) -> bool:
        try:
            return bool(
                await self._calls.run(
                    self._take, keys=[self._key(thread_id)], args=[token, self._ttl_ms]
                )
            )
        except REDIS_DOWN as exc:
            raise LeaseUnavailable(
                f"Redis does not answer ({type(exc).__name__}), so thread {thread_id} cannot be "
                "leased; check KPL_REDIS_URL and that Redis is up, then send the request again"
            ) from exc

    async def _acquire(self, thread_id: str, token: str, *, wait: bool) -> None:
        if await self._try(thread_id, token):
            return
        if not wait:
            raise busy(thread_id)
        await self._listen()
        notice = asyncio.Event()
        self._waiters.setdefault(thread_id, set()).add(notice)
        try:
            while True:
                notice.clear()  # before trying: a release after the try still wakes us
                try:
                    if await self._try(thread_id, token):
                        return
                except LeaseUnavailable as exc:
                    log.warning("waiting for a lease: Redis does not answer", error=exc.message)
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self.ttl_s / 3):
                        await notice.wait()
        finally:
            waiting = self._waiters[thread_id]
            waiting.discard(notice)
            if not waiting:
                del self._waiters[thread_id]

    async def _renew_all(self) -> None:
        """Renew every held lease each `ttl_s / 3`, in one round trip, while any is held;
        cancel the holder of each one lost."""
        loop = asyncio.get_running_loop()
        while self._held:
            await asyncio.sleep(self.ttl_s / 3)
            held = list(self._held.values())
            if not held:
                break
            sent = loop.time()
            # each call enters the shared pipeline before it sends: one round trip for them all
            replies = await asyncio.gather(
                *(
                    self._calls.run(
                        self._renew,
                        keys=[self._key(lease.thread_id)],
                        args=[lease.token, self._ttl_ms],
                    )
                    for lease in held
                ),
                return_exceptions=True,
            )
            for lease, reply in zip(held, replies, strict=True):
                if self._held.get(lease.token) is not lease:
                    continue  # released meanwhile
                if isinstance(reply, BaseException):  # Redis down, or the call was dropped
                    if loop.time() - lease.confirmed < self.ttl_s:
                        log.warning(
                            "lease renewal failed; retrying",
                            thread_id=lease.thread_id,
                            error=str(reply),
                        )
                        continue
                    reply = 0
                if reply:
                    lease.confirmed = sent
                    continue
                log.warning("lease lost: stopping the run that held it", thread_id=lease.thread_id)
                del self._held[lease.token]
                if lease.holder is not None:
                    lease.holder.cancel(LOST_HOLD)

    async def _give_back(self, thread_id: str, token: str) -> None:
        for notice in self._waiters.get(thread_id, ()):
            notice.set()  # waiters in this process need not wait for the pub/sub round trip
        try:
            await self._calls.run(
                self._release, keys=[self._key(thread_id), self.channel], args=[token, thread_id]
            )
        except REDIS_DOWN as exc:
            log.warning(
                "lease release failed; it expires by itself",
                thread_id=thread_id,
                ttl_s=self.ttl_s,
                error=str(exc),
            )

    async def _listen(self) -> None:
        """Start the release listener once; wait (at most a retry interval) until it listens."""
        if self._subscribed is None:
            self._subscribed = asyncio.Event()
        if self._listener is None or self._listener.done():
            self._listener = asyncio.create_task(self._listen_forever(), name="lease-releases")
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self.ttl_s / 3):
                await self._subscribed.wait()

    async def _listen_forever(self) -> None:
        subscribed = self._subscribed
        assert subscribed is not None

        def listening() -> None:
            subscribed.set()
            self._wake_all()  # a release may have gone by while we were not listening

        def released(thread_id: str) -> None:
            for notice in self._waiters.get(thread_id, ()):
                notice.set()

        await follow_channel(
            self.client,
            self.channel,
            released,
            what="lease listener",
            on_subscribed=listening,
            on_lost=subscribed.clear,
        )

    def _wake_all(self) -> None:
        for waiting in self._waiters.values():
            for notice in waiting:
                notice.set()

    async def aclose(self) -> None:
        """Stop the renewal loop and the release listener (leases held now are released by
        their holders)."""
        if self._renewer is not None:
            self._renewer.cancel()
            await asyncio.wait({self._renewer})
            self._renewer = None
        if self._listener is not None:
            self._listener.cancel()
            await asyncio.wait({self._listener})
            self._listener = None

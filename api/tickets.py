"""Stream tickets: one-use, short-lived credentials for an `EventSource` URL.

Browsers' `EventSource` cannot send headers, so its credential travels in the URL, where proxies,
browser history and referrers may keep it. A ticket keeps long-lived keys out of URLs: an
authenticated `POST /stream-tickets` gets one, valid for `KPL_STREAM_TICKET_TTL_S` (60 s), that
authenticates exactly one `GET ...?access_token=<ticket>` as the user it was issued to, and
nothing after that.

Only a digest of each ticket is stored, so a store's contents (a Redis dump) cannot be replayed.
`MemoryTickets` serves one process; `RedisTickets` (`KPL_REDIS_URL`) lets any worker redeem a
ticket another issued, and redeems it atomically (GETDEL) so two workers cannot both accept it.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from typing import Protocol

from redis.asyncio import Redis

TICKET_PREFIX = "kst_"
"""Every ticket starts with this, so a query credential is known for a ticket at a glance."""


def is_ticket(token: str) -> bool:
    """True when `token` has a ticket's shape (it may still be unknown, used or expired)."""
    return token.startswith(TICKET_PREFIX)


def digest(ticket: str) -> str:
    """What the store keeps of a ticket."""
    return hashlib.sha256(ticket.encode()).hexdigest()


@dataclass(frozen=True, kw_only=True)
class Ticket:
    """A ticket as issued."""

    ticket: str
    user: str
    expires_at: float
    """Unix time, seconds."""


class TicketStore(Protocol):
    """Where tickets wait to be redeemed."""

    async def issue(self, user: str) -> Ticket:
        """A new ticket for `user`."""
        ...

    async def redeem(self, ticket: str) -> str | None:
        """The ticket's user, once; None when it is unknown, used or expired."""
        ...


def new_ticket(user: str, ttl_s: float) -> Ticket:
    """A fresh, unguessable ticket for `user` (256 random bits)."""
    return Ticket(
        ticket=TICKET_PREFIX + secrets.token_urlsafe(32), user=user, expires_at=time.time() + ttl_s
    )


class MemoryTickets:
    """Tickets in this process's memory."""

    def __init__(self, *, ttl_s: float) -> None:
        self.ttl_s = ttl_s
        self._waiting: dict[str, tuple[str, float]] = {}

    async def issue(self, user: str) -> Ticket:
        """A new ticket; expired ones are forgotten on the way, so the dict stays small."""
        now = time.time()
        self._waiting = {k: v for k, v in self._waiting.items() if v[1] > now}
        issued = new_ticket(user, self.ttl_s)
        self._waiting[digest(issued.ticket)] = (issued.user, issued.expires_at)
        return issued

    async def redeem(self, ticket: str) -> str | None:
        """The ticket's user, once."""
        waiting = self._waiting.pop(digest(ticket), None)
        if waiting is None or waiting[1] <= time.time():
            return None
        return waiting[0]


class RedisTickets:
    """Tickets on Redis, shared by every worker: a key per ticket that Redis expires itself."""

    def __init__(self, client: Redis, *, prefix: str, ttl_s: float) -> None:
        self.client = client
        self.prefix = prefix
        self.ttl_s = ttl_s

    def _key(self, ticket: str) -> str:
        return f"{self.prefix}:stream-ticket:{digest(ticket)}"

    async def issue(self, user: str) -> Ticket:
        """A new ticket, stored with its expiry."""
        issued = new_ticket(user, self.ttl_s)
        await self.client.set(self._key(issued.ticket), user, px=max(1, int(self.ttl_s * 1000)))
        return issued

    async def redeem(self, ticket: str) -> str | None:
        """The ticket's user, once: GETDEL reads and removes it in one step."""
        user = await self.client.getdel(self._key(ticket))
        if user is None:
            return None
        return user.decode() if isinstance(user, bytes) else str(user)

"""`/stream-tickets`: a one-use credential for an `EventSource` URL (api/tickets.py)."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from api.schemas import Timestamp
from api.schemas import iso_utc as iso_utc  # was defined here; api/schemas.py holds it now
from api.services import ServicesDep, UserDep

router = APIRouter(prefix="/stream-tickets", tags=["auth"])


class StreamTicket(BaseModel):
    """A ticket to put in one stream URL as `access_token=`."""

    ticket: str = Field(description="good for one GET with `?access_token=<ticket>`, by its user")
    expires_at: Timestamp = Field(description="unused after this, the ticket is void")


@router.post(
    "",
    status_code=201,
    summary="A one-use ticket for an EventSource URL",
    response_model=StreamTicket,
)
async def issue_stream_ticket(services: ServicesDep, user: UserDep) -> StreamTicket:
    """Authenticate this request as usual (a header, not a URL); put the ticket in the stream's
    URL instead of the long-lived credential. One connection, within `KPL_STREAM_TICKET_TTL_S`."""
    issued = await services.auth.tickets.issue(user)
    return StreamTicket(ticket=issued.ticket, expires_at=iso_utc(issued.expires_at))

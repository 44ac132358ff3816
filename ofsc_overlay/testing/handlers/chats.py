"""Collaboration chats: started with POST, their participants and messages kept and read back. The
caller acts as the administrator (`admin`), who starts chats and leaves them."""

from __future__ import annotations

from typing import Any

from ..errors import bad_request
from ..paging import paged
from ..seed import Record
from .base import Reply, RequestContext, handles

CHATS = "/rest/ofscCollaboration/v1/chats"
CHAT = f"{CHATS}/{{chatId}}"
CALLER = "admin"
_NOW = "2025-06-02 12:00:00"  # the simulator's fixed "now", as for events


def _chat(ctx: RequestContext) -> Record:
    return ctx.state.chats[ctx.path("chatId")]  # known: checked in parents


def _known_logins(ctx: RequestContext, logins: list[Any]) -> list[str]:
    unknown = [str(login) for login in logins if str(login) not in ctx.state.users]
    if unknown:
        raise bad_request(f"Unknown user(s): {', '.join(unknown)}")
    return [str(login) for login in logins]


def _add_message(chat: Record, text: str, author: str = CALLER) -> Record:
    messages: list[Record] = chat.setdefault("messages", [])
    message = {"author": author, "text": text, "time": _NOW}
    messages.append(message)
    return message


def _numbered(chat: Record) -> list[Record]:
    """Messages with their ids and sequence numbers (1, 2, ... in the order sent)."""
    out: list[Record] = []
    for number, message in enumerate(chat.get("messages", []), start=1):
        out.append({"messageId": chat["chatId"] % 100_000 * 1000 + number, "sequenceNumber": number,
                    "type": "message", **message})  # fmt: skip
    return out


@handles("POST", CHATS)
def start_chat(ctx: RequestContext) -> Reply:
    body = ctx.json_body()
    recipients = _known_logins(ctx, list(body.get("recipients") or []))
    with ctx.state.lock:
        chat_id = max(ctx.state.chats, default=0) + 1
        participants = [CALLER, *(login for login in dict.fromkeys(recipients) if login != CALLER)]
        chat: Record = {
            "chatId": chat_id,
            "type": "conference" if len(participants) > 2 else "normal",
            "startedBy": CALLER,
            "startedTime": _NOW,
            "participants": [
                {"login": login, "invitedBy": CALLER, "invitedTime": _NOW} for login in participants
            ],
            "messages": [],
        }
        if body.get("text"):
            _add_message(chat, str(body["text"]))
        ctx.state.chats[chat_id] = chat
    answer = {key: chat[key] for key in ("chatId", "type", "startedBy", "startedTime")}
    answer["participants"] = [{"rel": "participants", "href": f"{CHATS}/{chat_id}/participants"}]
    return Reply(ctx.op.created_status(True), answer)


@handles("GET", f"{CHAT}/messages")
def list_messages(ctx: RequestContext) -> Reply:
    messages = _numbered(_chat(ctx))
    return ctx.ok({"items": messages, "totalResults": len(messages), "offset": 0, "limit": len(messages),
                   "direction": "asc", "links": []})  # fmt: skip


@handles("POST", f"{CHAT}/messages")
def send_message(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        chat = _chat(ctx)
        _add_message(chat, str(ctx.json_body().get("text") or ""))
        sent = _numbered(chat)[-1]
    sent.pop("type")
    return Reply(ctx.op.created_status(True), {"chatId": chat["chatId"], **sent})


@handles("GET", f"{CHAT}/participants")
def list_participants(ctx: RequestContext) -> Reply:
    users = ctx.state.users
    items = [
        {**participant, "name": users.get(participant["login"], {}).get("name", participant["login"]),
         "present": "leftTime" not in participant, "online": False}
        for participant in _chat(ctx)["participants"]
    ]  # fmt: skip
    body = paged(ctx.contract, ctx.op, ctx.request.query, items)
    body["links"] = []
    return ctx.ok(body)


@handles("POST", f"{CHAT}/participants/invite")
def invite(ctx: RequestContext) -> Reply:
    """Adds the user (back) to the chat; inviting someone present changes nothing."""
    login = _known_logins(ctx, [ctx.json_body().get("login")])[0]
    with ctx.state.lock:
        participants: list[Record] = _chat(ctx)["participants"]
        current = next((p for p in participants if p["login"] == login), None)
        if current is None:
            participants.append({"login": login, "invitedBy": CALLER, "invitedTime": _NOW})
        elif "leftTime" in current:
            current.pop("leftTime")
            current.update(invitedBy=CALLER, invitedTime=_NOW)
    return ctx.ok()


@handles("POST", f"{CHAT}/leave")
def leave(ctx: RequestContext) -> Reply:
    with ctx.state.lock:
        for participant in _chat(ctx)["participants"]:
            if participant["login"] == CALLER:
                participant.setdefault("leftTime", _NOW)
    return ctx.ok()

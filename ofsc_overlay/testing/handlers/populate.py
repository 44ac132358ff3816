"""Shape population jobs (map layers, work zone shapes): POST starts one under a new `downloadId`, GET by
that id reads its status back; an id no POST gave is a 404. A job finishes at once in the simulator."""

from __future__ import annotations

from ..errors import not_found
from ..seed import FIRST_DOWNLOAD_ID, Record
from .base import METADATA, Reply, RequestContext, handles

_NOW = "2025-06-02 12:00:00"  # the simulator's fixed "now", as for events
JOBS = {"mapLayers": f"{METADATA}/mapLayers/custom-actions/populateLayers",
        "workZones": f"{METADATA}/workZones/custom-actions/populateShapes"}  # fmt: skip


def _register(kind: str, path: str) -> None:
    def start(ctx: RequestContext) -> Reply:
        with ctx.state.lock:
            taken = [key[2] for key in ctx.state.documents if key[:2] == ("populate", kind)]
            download_id = max((int(k) for k in taken), default=FIRST_DOWNLOAD_ID - 1) + 1
            ctx.state.documents[("populate", kind, str(download_id))] = {
                "downloadId": download_id, "status": "completed", "time": _NOW,
            }  # fmt: skip
        return ctx.ok({"downloadId": download_id, "status": "started", "time": _NOW})

    def status(ctx: RequestContext) -> Reply:
        job = ctx.state.documents.get(("populate", kind, str(ctx.path("downloadId"))))
        if not isinstance(job, dict):
            raise not_found(f"Download '{ctx.path('downloadId')}'")
        record: Record = dict(job)
        return ctx.ok(record)

    handles("POST", path)(start)
    handles("GET", f"{path}/{{downloadId}}")(status)


for _kind, _path in JOBS.items():
    _register(_kind, _path)

"""The settings the root command collects, and the clients built from them.

Settings resolve exactly as the library's (options > ``OFSC_*`` environment > ``config.toml`` profile).
``--simulator`` points the clients at an in-process simulator (no socket, no tenant): its data lives only as
long as the command.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..client import OFSC, AsyncOFSC
    from ..testing import Simulator

__all__ = ["Session"]

#: Base URL the clients use with --simulator: the in-process transport answers, nothing is resolved or opened.
SIMULATOR_URL = "http://in-process.simulator"


@dataclass
class Session:
    """What ``ofsc [options]`` says before the command: settings, output defaults, debug."""

    profile: str | None = None
    instance: str | None = None
    base_url: str | None = None
    auth: str | None = None
    config: str | None = None
    timeout: float | None = None
    max_retries: int | None = None
    debug: bool = False
    simulator: bool = False
    output: str | None = None
    query: str | None = None
    columns: str | None = None
    _simulator: Simulator | None = field(default=None, repr=False)

    def setup_logging(self) -> None:
        """``--debug``: the library's request log (secrets masked by the library) on stderr."""
        if not self.debug:
            return
        import logging

        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger = logging.getLogger("ofsc_overlay")
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)

    def settings_kwargs(self) -> dict[str, Any]:
        """Client keyword arguments from the options given (``None``: from the environment or profile)."""
        if self.simulator:
            sim = self.in_process_simulator()
            return {
                "instance": sim.credentials.instance,
                "client_id": sim.credentials.client_id,
                "client_secret": sim.credentials.client_secret,
                "base_url": SIMULATOR_URL,
                "auth": "basic",
                "allow_insecure": True,  # plain http, but to no network at all
                "timeout": self.timeout,
                "max_retries": self.max_retries,
            }
        return {
            "profile": self.profile,
            "instance": self.instance,
            "base_url": self.base_url,
            "auth": self.auth,
            "config": self.config,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
        }

    def in_process_simulator(self) -> Simulator:
        if self._simulator is None:
            from ..testing import Simulator

            self._simulator = Simulator()
        return self._simulator

    def close(self) -> None:
        self._simulator = None

    def client(self) -> OFSC:
        from ..client import OFSC

        transport = self.in_process_simulator().transport() if self.simulator else None
        return OFSC(**self.settings_kwargs(), transport=transport)

    def async_client(self, event_hooks: Mapping[str, list[Callable[..., Any]]] | None = None) -> AsyncOFSC:
        from ..client import AsyncOFSC

        transport = self.in_process_simulator().async_transport() if self.simulator else None
        return AsyncOFSC(**self.settings_kwargs(), transport=transport, event_hooks=event_hooks)

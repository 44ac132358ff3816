"""A local Oracle Field Service simulator, for demos and tests: what moto is to boto3.

    from ofsc_overlay.testing import Simulator
    with Simulator() as sim:
        ...  # sim.base_url, sim.add_fault(...), sim.requests.count(...)

Serving over a socket needs the `simulator` extra (uvicorn); the in-process transports do not.
"""

from .app import SimulatorApp
from .auth import Credentials
from .clock import ManualClock
from .contract import Contract, load_contract
from .faults import Fault
from .limits import Limits
from .request_log import LoggedRequest, RequestLog
from .seed import SeedConfig
from .server import Simulator, free_port
from .transport import AsyncSimulatorTransport, SimulatorTransport

__all__ = [
    "AsyncSimulatorTransport",
    "Contract",
    "Credentials",
    "Fault",
    "Limits",
    "LoggedRequest",
    "ManualClock",
    "RequestLog",
    "SeedConfig",
    "Simulator",
    "SimulatorApp",
    "SimulatorTransport",
    "free_port",
    "load_contract",
]

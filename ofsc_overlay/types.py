"""The types model fields and arguments use: ``from ofsc_overlay.types import UNSET, Unset, File``.

``UNSET`` (the only :class:`Unset`) marks a field the server did not send or an argument not given, as
opposed to ``None`` (an explicit null): ``to_dict()`` leaves ``UNSET`` fields out. :class:`File` wraps a
binary upload; :class:`Response` is what the generated endpoint functions return.
"""

from __future__ import annotations

from ofsc_generated.types import UNSET, File, FileContent, FileTypes, RequestFiles, Response, Unset

__all__ = ["UNSET", "File", "FileContent", "FileTypes", "RequestFiles", "Response", "Unset"]

"""The types model fields and arguments use: ``from ofsc_overlay.types import UNSET, Unset, File``.

A model field the server did not send reads as ``None``, like an explicit null; ``to_dict()`` still tells
them apart (it gives back exactly what was sent) and a model built with some fields gives only those.
``UNSET`` (the only :class:`Unset`) is the default of an argument not given. :class:`File` wraps a binary
upload; :class:`Response` is what the generated endpoint functions return.
"""

from __future__ import annotations

from ofsc_generated.types import UNSET, File, FileContent, FileTypes, RequestFiles, Response, Unset

__all__ = ["UNSET", "File", "FileContent", "FileTypes", "RequestFiles", "Response", "Unset"]

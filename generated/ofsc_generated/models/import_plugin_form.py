from __future__ import annotations

from collections.abc import Mapping
from itertools import islice
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset, model_repr

# from_dict merges the payload over this dict: absent fields read as None, and the keys past these are exactly
# the unknown fields, in the order they came.
_FIELDS: dict[str, Any] = {
    "pluginFile": None,
}
_N_FIELDS = 1

T = TypeVar("T", bound="ImportPluginForm")


@_attrs_define(repr=False, init=False)
class ImportPluginForm:
    plugin_file: File | None
    """ A valid input plugin xml. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    # The wire names that were sent (from_dict: the payload itself) or given to the constructor.
    _sent: Mapping[str, Any] | frozenset[str] = _attrs_field(init=False, eq=False, repr=False)

    __repr__ = model_repr

    def __init__(
        self,
        plugin_file: File | None | Unset = UNSET,
    ) -> None:
        given: dict[str, Any] = {
            "pluginFile": plugin_file,
        }
        self._sent = frozenset(name for name, value in given.items() if value is not UNSET)
        self.plugin_file = None if isinstance(plugin_file, Unset) else plugin_file
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        sent = self._sent
        if self.plugin_file is not None or "pluginFile" in sent:
            field_dict["pluginFile"] = (
                self.plugin_file.to_tuple() if isinstance(self.plugin_file, File) else self.plugin_file
            )
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if self.plugin_file is not None:
            if isinstance(self.plugin_file, File):
                files.append(("pluginFile", self.plugin_file.to_tuple()))
            else:
                files.append(("pluginFile", (None, str(self.plugin_file).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        import_plugin_form = cls.__new__(cls)
        import_plugin_form._sent = src_dict
        d = {**_FIELDS, **src_dict}
        import_plugin_form.plugin_file = d["pluginFile"]
        import_plugin_form.additional_properties = (
            dict(islice(d.items(), _N_FIELDS, None)) if len(d) > _N_FIELDS else {}
        )
        return import_plugin_form

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

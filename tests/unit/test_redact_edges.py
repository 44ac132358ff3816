"""ofsc_overlay._redact at its edges: key names, credentials with spaces, user info, undecodable bodies."""

from __future__ import annotations

import pytest

from ofsc_overlay._redact import (
    MASK,
    is_sensitive_key,
    mask_body,
    mask_header_value,
    mask_known,
    mask_url,
    register_secret,
)
from ofsc_overlay.auth import basic_header


@pytest.mark.parametrize(
    "name", ["client_secret", "ACCESS_TOKEN", "x-api-key", "userPassword", "Refresh-Token"]
)
def test_sensitive_keys(name: str) -> None:
    assert is_sensitive_key(name)


@pytest.mark.parametrize("name", ["activityId", "resource_id", "status", "apikeyword", "tok"])
def test_ordinary_keys(name: str) -> None:
    assert not is_sensitive_key(name)


def test_a_credential_with_spaces_keeps_only_the_scheme() -> None:
    assert mask_header_value("Authorization", "Bearer part one") == f"Bearer {MASK}"
    assert mask_header_value("Authorization", "no-scheme-token") == MASK
    assert mask_header_value("X-Team", "Bearer visible") == "Bearer visible"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://alice:pw@acme.example/x?token=abc&q=1", f"https://acme.example/x?token={MASK}&q=1"),
        ("https://alice@acme.example/x", "https://acme.example/x"),
        ("https://acme.example/password=visible-in-path", "https://acme.example/password=visible-in-path"),
        # Only the query is a form: a path is shown as it was requested, even one that reads like a pair.
        ("https://acme.example/files/a&token=name.pdf", "https://acme.example/files/a&token=name.pdf"),
        ("https://acme.example/files/a;secret=name.pdf", "https://acme.example/files/a;secret=name.pdf"),
    ],
)
def test_url_user_info_is_dropped_whole(url: str, shown: str) -> None:
    assert mask_url(url) == shown


def test_undecodable_bytes_are_replaced_not_raised() -> None:
    assert mask_body(b"\xff\xfe token=abc", limit=100) == f"\ufffd\ufffd token={MASK}"


def test_a_body_of_exactly_the_limit_is_not_cut() -> None:
    assert mask_body(b"abcde", limit=5) == "abcde"
    assert mask_body(b"abcdef", limit=5) == "abcde... (6 bytes)"


def test_a_secret_is_masked_in_its_base64_forms_with_and_without_padding() -> None:
    register_secret("pass~~~~")  # standard base64 cGFzc35+fn4=, URL-safe cGFzc35-fn4=
    for form in ("cGFzc35+fn4=", "cGFzc35+fn4", "cGFzc35-fn4=", "cGFzc35-fn4"):
        assert mask_known(f"seen {form} here") == f"seen {MASK} here", form


def test_the_shortest_secret_is_masked_and_a_shorter_one_is_ignored_in_every_form() -> None:
    register_secret("s3cr3t")  # six characters: the shortest masked
    assert mask_known("the s3cr3t") == f"the {MASK}"
    for value in ("abcde", "", None):  # five: no form of it is registered, not even its base64 (YWJjZGU=)
        register_secret(value)
    assert mask_known("abcde YWJjZGU=") == "abcde YWJjZGU="


def test_a_secret_that_contains_another_is_masked_whole() -> None:
    register_secret("secret-token")
    register_secret("my-secret-token-2")
    assert mask_known("my-secret-token-2") == MASK


def test_the_basic_credentials_are_masked_whole() -> None:
    header = basic_header("app", "acme", "s3cret-value")
    assert mask_known("as app@acme:s3cret-value") == f"as {MASK}"  # not "app@acme:***"
    assert mask_known(header) == f"Basic {MASK}"

"""Test isolation: no model settings leak in, caches go to a temp dir, and no test opens a socket."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from helpers import SEEDS


class NetworkBlocked(RuntimeError):
    pass


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import os

    for name in list(os.environ):
        if name.startswith(("OPENAI_", "EXTRACT_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture(autouse=True)
def no_network(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connect() fails loudly; only tests marked `live` may reach a server."""
    if request.node.get_closest_marker("live"):
        return

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkBlocked(f"test tried to open a network connection: {args[1:] or kwargs}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def seed_path() -> Path:
    return SEEDS[0]

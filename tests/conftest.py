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


LOOPBACK = ("127.0.0.1", "localhost", "::1")


@pytest.fixture(autouse=True)
def no_network(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connect() fails loudly; tests marked `loopback` may reach servers on 127.0.0.1 they started,
    and only tests marked `live` (off by default) may reach anything else."""
    if request.node.get_closest_marker("live"):
        return
    loopback = request.node.get_closest_marker("loopback") is not None
    real_connect, real_connect_ex, real_create = socket.socket.connect, socket.socket.connect_ex, socket.create_connection

    def allowed(address: object) -> bool:
        return loopback and isinstance(address, tuple) and str(address[0]) in LOOPBACK

    def connect(self: socket.socket, address: object) -> None:
        if not allowed(address):
            raise NetworkBlocked(f"test tried to open a network connection: {address}")
        return real_connect(self, address)  # type: ignore[arg-type]

    def connect_ex(self: socket.socket, address: object) -> int:
        if not allowed(address):
            raise NetworkBlocked(f"test tried to open a network connection: {address}")
        return real_connect_ex(self, address)  # type: ignore[arg-type]

    def create_connection(address: object, *args: object, **kwargs: object) -> socket.socket:
        if not allowed(address):
            raise NetworkBlocked(f"test tried to open a network connection: {address}")
        return real_create(address, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)


@pytest.fixture
def seed_path() -> Path:
    return SEEDS[0]

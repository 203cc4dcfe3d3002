"""Settings, resolved once: CLI flag > environment variable > default.

One typed object carries every knob; nothing reads the environment elsewhere.
Environment names: ``EXTRACT_<FIELD>`` for every field, plus the usual
``OPENAI_API_KEY`` / ``OPENAI_BASE_URL`` / ``OPENAI_MODEL`` as fallbacks.
The API key is a SecretStr: it never shows in reprs, logs or outputs.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from .errors import ConfigError

__all__ = ["TRUSTABLE", "Settings"]

InstructorMode = Literal["tools", "json_schema", "json", "md_json"]

# What a model's verdict may decide. `indicators`: which quantities are indicators and which value each
# rate belongs to; `name`, `kind`, `period`: those fields of an indicator; the statement sections: which
# clauses are plans, problems, achievements. Anything not trusted is the rules' reading.
TRUSTABLE = ("indicators", "name", "kind", "period", "plans", "problems", "achievements")


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "workreport-extract"


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "workreport-extract"


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    offline: bool = Field(default=False, description="never call a model, even when one is configured")
    chunk_chars: int = Field(default=1200, ge=50, le=20_000, description="largest chunk given to the model, in characters")
    api_key: SecretStr | None = Field(default=None, description="key for the OpenAI-compatible endpoint")
    base_url: str | None = Field(default=None, description="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1")
    model: str = Field(default="gpt-4o-mini", description="model name sent to the endpoint")
    mode: InstructorMode | None = Field(default=None, description="instructor mode; default picked from the endpoint")
    concurrency: int = Field(default=4, ge=1, le=64, description="model calls in flight at once")
    max_reasks: int = Field(default=2, ge=0, le=10, description="re-asks after a validation error, per chunk")
    max_retries: int = Field(default=4, ge=0, le=20, description="transport retries (429/5xx/timeouts), per call")
    timeout_s: float = Field(default=120.0, gt=0, description="seconds before one model call times out")
    retry_backoff_s: float = Field(default=1.0, ge=0, description="first transport-retry wait; doubles per retry, with jitter")
    max_tokens: int = Field(default=512, ge=64, description="completion token budget per call")
    cache_dir: Path = Field(default_factory=_default_cache_dir, description="response cache and exchange log")
    use_cache: bool = Field(default=True, description="reuse cached model responses")
    trust: str = Field(
        default="all",
        description=f"what the model decides, comma-separated from {', '.join(TRUSTABLE)}; 'all' or 'none'",
    )

    api_token: SecretStr | None = Field(default=None, description="service: the bearer token every request must send")
    data_dir: Path = Field(default_factory=_default_data_dir, description="service: where jobs and their files live")
    max_upload_bytes: int = Field(default=20 * 1024 * 1024, ge=1024, description="service: largest report accepted, in bytes")
    max_concurrent: int = Field(default=4, ge=1, le=256, description="service: extractions running at once")
    max_queue: int = Field(default=64, ge=0, le=100_000, description="service: extractions waiting before 503")

    @field_validator("trust")
    @classmethod
    def _known_trust(cls, value: str) -> str:
        parts = [p.strip() for p in value.split(",") if p.strip()]
        if parts in (["all"], ["none"]):
            return parts[0]
        unknown = [p for p in parts if p not in TRUSTABLE]
        if unknown or not parts:
            raise ValueError(f"unknown trust {', '.join(unknown) or value!r}; choose from {', '.join(TRUSTABLE)}, all, none")
        return ",".join(p for p in TRUSTABLE if p in parts)

    def trusts(self, what: str) -> bool:
        """True when the model's verdict on `what` (one of TRUSTABLE) decides the output."""
        return self.trust == "all" or what in self.trust.split(",")

    @property
    def llm_configured(self) -> bool:
        """A model is used only when an endpoint or key is set and offline is off."""
        return not self.offline and (self.api_key is not None or self.base_url is not None)

    def fingerprint(self) -> str:
        """Hash of what decides a report's content: a saved report with another fingerprint is stale."""
        relevant: dict[str, object] = {"package": _package_version()}
        if self.llm_configured:  # chunking only changes what a model sees; offline output does not depend on it
            relevant |= {
                "chunk_chars": self.chunk_chars, "base_url": self.base_url, "model": self.model, "mode": self.mode,
                "max_reasks": self.max_reasks, "max_tokens": self.max_tokens, "trust": self.trust,
            }
        return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()[:16]

    @classmethod
    def resolve(cls, overrides: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from flags (`overrides`, None means unset) over environment over defaults."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        fallbacks = {"api_key": "OPENAI_API_KEY", "base_url": "OPENAI_BASE_URL", "model": "OPENAI_MODEL"}
        for name in cls.model_fields:
            raw = env.get(f"EXTRACT_{name.upper()}") or env.get(fallbacks.get(name, ""), "")
            if raw:
                values[name] = raw
        values.update({k: v for k, v in (overrides or {}).items() if v is not None})
        try:
            return cls.model_validate(values)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise ConfigError(f"invalid settings: {problems}") from None


@functools.lru_cache(maxsize=1)
def _package_version() -> str:
    """The installed version, read once: looking it up costs a millisecond per report."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("workreport-extract")
    except PackageNotFoundError:  # running from a source tree
        return "source"

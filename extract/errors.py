"""The one exception tree of workreport-extract.

    ExtractError                 every error this project raises on purpose
    ├── InputError               the input cannot be read as a report
    │   ├── NotTextError         binary file (PDF, DOCX, ZIP, image ...)
    │   ├── EncodingError        bytes that are no known text encoding
    │   └── EmptyInputError      empty, whitespace only, or only web-page chrome
    ├── ConfigError              settings that cannot work together
    ├── LLMError                 a model call failed for good (keeps the chunk and the cause)
    └── OutputError              a result could not be written

Every message says what to do next. The CLI prints ``str(error)`` on one line and
exits with the family's ``exit_code``; the HTTP service answers with the family's
``http_status`` and the message as an RFC 9457 problem; anything else is a bug.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "EmptyInputError",
    "EncodingError",
    "ExtractError",
    "InputError",
    "LLMError",
    "NotTextError",
    "OutputError",
]


class ExtractError(Exception):
    """Root of every error this project raises on purpose."""

    exit_code = 1
    http_status = 500


class InputError(ExtractError):
    """The input cannot be read as a report."""

    exit_code = 2
    http_status = 400


class NotTextError(InputError):
    """A binary file given where a text report was expected."""

    http_status = 415


class EncodingError(InputError):
    """Bytes that decode as none of the supported encodings."""


class EmptyInputError(InputError):
    """Nothing to extract: empty, blank, or only web-page chrome."""


class ConfigError(ExtractError):
    """Settings that are invalid or cannot work together."""

    exit_code = 3
    http_status = 422


class LLMError(ExtractError):
    """A model call failed after its retries; carries the chunk it was for."""

    exit_code = 4
    http_status = 502

    def __init__(self, message: str, *, chunk_index: int | None = None) -> None:
        super().__init__(message)
        self.chunk_index = chunk_index


class OutputError(ExtractError):
    """A result could not be written where it was asked for."""

    exit_code = 5

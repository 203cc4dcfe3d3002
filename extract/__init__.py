"""workreport-extract: structured, source-grounded data from Chinese government work reports.

    >>> from extract import parse_report
    >>> report = parse_report("seeds/000_68d46af039dd9844.txt")
    >>> report.indicators[0].evidence.quote

The public surface is what `__all__` lists; everything else is internal.
"""

from importlib.metadata import PackageNotFoundError, version

from extract.schemas import Achievement, Evidence, Indicator, Plan, Problem, RunStats, SourceInfo, WorkReport

from .errors import ConfigError, EmptyInputError, EncodingError, ExtractError, InputError, LLMError, NotTextError, OutputError
from .pipeline import aparse_report, parse_report
from .settings import Settings

try:
    __version__ = version("workreport-extract")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+source"

__all__ = [
    "__version__",
    "Achievement",
    "ConfigError",
    "EmptyInputError",
    "EncodingError",
    "Evidence",
    "ExtractError",
    "Indicator",
    "InputError",
    "LLMError",
    "NotTextError",
    "OutputError",
    "Plan",
    "Problem",
    "RunStats",
    "Settings",
    "SourceInfo",
    "WorkReport",
    "aparse_report",
    "parse_report",
]

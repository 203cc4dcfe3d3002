import extract


def test_exported_members_are_exactly_the_documented_surface() -> None:
    assert sorted(extract.__all__) == [
        "Achievement", "ConfigError", "EmptyInputError", "EncodingError", "Evidence", "ExtractError", "Indicator",
        "InputError", "LLMError", "NotTextError", "OutputError", "Plan", "Problem", "RunStats", "Settings",
        "SourceInfo", "WorkReport", "__version__", "aparse_report", "parse_report",
    ]
    assert isinstance(extract.__version__, str)
    for name in set(extract.__all__) - {"__version__"}:
        assert getattr(extract, name).__module__.startswith("extract"), name


def test_errors_share_one_root() -> None:
    for name in ("ConfigError", "EmptyInputError", "EncodingError", "InputError", "LLMError", "NotTextError", "OutputError"):
        assert issubclass(getattr(extract, name), extract.ExtractError)


def test_package_ships_its_type_marker() -> None:
    from importlib.resources import files

    assert files("extract").joinpath("py.typed").is_file()


def test_an_empty_str_is_empty_input_not_a_folder() -> None:
    import pytest

    with pytest.raises(extract.EmptyInputError, match="empty"):
        extract.parse_report("")

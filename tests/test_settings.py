import pytest

from extract import ConfigError, Settings


def test_flag_beats_env_beats_default() -> None:
    env = {"EXTRACT_CHUNK_CHARS": "800", "OPENAI_MODEL": "qwen", "EXTRACT_MODEL": "deepseek-chat"}
    assert Settings.resolve({}, env).chunk_chars == 800
    assert Settings.resolve({"chunk_chars": 300}, env).chunk_chars == 300
    assert Settings.resolve({}, env).model == "deepseek-chat"
    assert Settings.resolve({}, {}).chunk_chars == 1200


def test_llm_is_configured_by_key_or_endpoint_unless_offline() -> None:
    assert not Settings.resolve({}, {}).llm_configured
    assert Settings.resolve({}, {"OPENAI_BASE_URL": "http://127.0.0.1:8080/v1"}).llm_configured
    assert not Settings.resolve({"offline": True}, {"OPENAI_API_KEY": "sk-x"}).llm_configured


def test_api_key_never_shows() -> None:
    settings = Settings.resolve({}, {"OPENAI_API_KEY": "sk-secret-123"})
    assert "sk-secret-123" not in repr(settings) and "sk-secret-123" not in settings.model_dump_json()


def test_invalid_values_name_the_field() -> None:
    with pytest.raises(ConfigError, match="chunk_chars"):
        Settings.resolve({"chunk_chars": 1})
    with pytest.raises(ConfigError, match="mode"):
        Settings.resolve({}, {"EXTRACT_MODE": "telepathy"})


def test_trust_names_fields_and_is_kept_in_one_canonical_order() -> None:
    assert Settings.resolve({}, {}).trust == "all"
    chosen = Settings.resolve({"trust": "plans, name"})
    assert chosen.trust == "name,plans" and chosen.trusts("plans") and not chosen.trusts("kind")
    assert not Settings.resolve({}, {"EXTRACT_TRUST": "none"}).trusts("name")
    with pytest.raises(ConfigError, match="trust"):
        Settings.resolve({"trust": "everything"})

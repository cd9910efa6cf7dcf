"""network: {allow: […]} in suite.yaml: origins only, wildcards for subdomains, bad entries named."""

from __future__ import annotations

import pytest

from pacts_farm import errors
from pacts_farm.suites import suite

BASE = """\
name: Net
base_url: http://127.0.0.1:8765
{network}
requirements:
  - id: a
    steps: [Click Login]
"""


def test_network_allow_is_read_lowercased_and_sorted() -> None:
    text = BASE.format(network="network:\n  allow: [https://CDN.example.com, 'https://*.widgets.example.net']")
    loaded = suite.load_suite_text(text, source="s.yaml", environ={})
    assert loaded.network_allow == ("https://*.widgets.example.net", "https://cdn.example.com")


def test_network_allow_defaults_to_nothing_extra() -> None:
    assert suite.load_suite_text(BASE.format(network=""), source="s.yaml", environ={}).network_allow == ()


@pytest.mark.parametrize(
    "entry",
    ["https://cdn.example.com/fonts", "ftp://files.example.com", "cdn.example.com", "https://*", "https://a.*.example.com"],
)
def test_network_allow_refuses_what_is_not_an_origin(entry: str) -> None:
    text = BASE.format(network=f"network:\n  allow: ['{entry}']")
    with pytest.raises(errors.SuiteInvalid) as caught:
        suite.load_suite_text(text, source="s.yaml", environ={})
    assert caught.value.line == 4
    assert caught.value.field == "network.allow[0]"
    assert "origin" in caught.value.message

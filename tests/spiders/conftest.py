from pathlib import Path

import pytest
import time_machine
from scrapy.http import HtmlResponse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ikdoemee"
FROZEN_NOW = "2026-11-26T10:00:00+01:00"


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(FROZEN_NOW, tick=False):
        yield


@pytest.fixture
def page():
    def load(name: str, url: str = "https://www.ikdoemee.be/nl/activiteit/x") -> HtmlResponse:
        return HtmlResponse(url=url, body=(FIXTURES / name).read_bytes(), encoding="utf-8")
    return load

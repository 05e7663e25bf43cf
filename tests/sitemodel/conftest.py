from __future__ import annotations

from datetime import date

import pytest

from sitemodel.catalogue import Catalogue
from sitemodel.server import serve_model

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return Catalogue.load(TODAY)


@pytest.fixture(scope="session")
def model():
    """One shared, unmutated model server for read-only tests."""
    with serve_model(today=TODAY) as running:
        yield running


@pytest.fixture()
def fresh_model():
    """A model of its own, for tests that mutate it."""
    with serve_model(today=TODAY) as running:
        yield running

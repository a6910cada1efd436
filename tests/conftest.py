"""Shared fixtures for the whole test suite."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from annals.pipeline import Analyzer

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES = REPO_ROOT / "samples" / "corpus"


def _shared_dir() -> Path | None:
    configured = os.environ.get("ANNALS_SHARED")
    candidates = [Path(configured)] if configured else []
    candidates += [REPO_ROOT.parent / "shared", REPO_ROOT.parent.parent / "shared"]
    for candidate in candidates:
        if (candidate / "data").is_dir():
            return candidate
    return None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's ../shared folder (public datasets, seeds); skips when absent."""
    found = _shared_dir()
    if found is None:
        pytest.skip("../shared is not present (it is only in CI and developer checkouts)")
    return found


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """One full analyzer (every model loaded once) for the tests that run the whole analysis
    of a text; it keeps no state from one document to the next."""
    from annals.pipeline import Analyzer

    return Analyzer()

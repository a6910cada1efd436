"""One ingest of the sample corpus, shared by the end-to-end tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annals.config import Settings
from annals.pipeline import IngestSummary
from annals.service import AnnalsService

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "corpus"


@pytest.fixture(scope="session")
def sample_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnnalsService]:
    database = tmp_path_factory.mktemp("e2e") / "samples.db"
    with AnnalsService(Settings(db=str(database))) as service:
        yield service


@pytest.fixture(scope="session")
def sample_summary(sample_service: AnnalsService) -> IngestSummary:
    return sample_service.ingest([str(SAMPLES)])

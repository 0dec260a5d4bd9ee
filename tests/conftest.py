"""Shared fixtures: one build of the bundled sample per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The bundled sample report built once into a temporary folder."""
    from kg import build

    out = tmp_path_factory.mktemp("sample-build")
    return build(out_dir=out)


@pytest.fixture(scope="session")
def sample_dataset(sample_build):
    return sample_build.dataset()

"""govkg: knowledge graphs from Chinese government work reports (政府工作报告)."""

from .consts import VERSION as __version__
from .pipeline import BuildResult, build, load_dataset

__all__ = ["__version__", "build", "load_dataset", "BuildResult"]

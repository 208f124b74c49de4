"""A bounded, deterministic sample of the eval set for tests that run the model on every question.

The eval set grows every round; a test comparing two encoders or two backends question by question needs enough
questions of every kind, not all of them: evenly spaced ones (every n-th, n chosen so that at most ``at_most``
remain) keep its time flat as the set grows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def spread(items: Sequence[T], at_most: int) -> list[T]:
    """Every n-th item, the first included, with n the smallest step that leaves at most ``at_most``."""
    step = max(1, math.ceil(len(items) / at_most))
    return list(items[::step])

"""Repeated measurements reduced to median, min and max."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Stats:
    median: float
    low: float
    high: float

    def __str__(self) -> str:
        return f"{self.median:,.3g} ({self.low:,.3g}–{self.high:,.3g})"


def of(samples: list[float]) -> Stats:
    return Stats(statistics.median(samples), min(samples), max(samples))


def per_call_us(fn: Callable[[], object], repeat: int = 7, number: int = 2000) -> Stats:
    """Microseconds per call of `fn`, over `repeat` rounds of `number` calls each."""
    fn()  # warm caches and lazy imports outside the measurement
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        samples.append((time.perf_counter() - start) / number * 1e6)
    return of(samples)

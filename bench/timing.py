"""Repeated measurements reduced to median, min and max."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Stats:
    median: float
    low: float
    high: float

    def __str__(self) -> str:
        return f"{_num(self.median)} ({_num(self.low)}–{_num(self.high)})"


def _num(value: float) -> str:
    if value == 0:
        return "0"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:,.1f}"
    return f"{value:,.3g}"


def of(samples: Sequence[float]) -> Stats:
    return Stats(statistics.median(samples), min(samples), max(samples))


def exactly(value: float) -> Stats:
    return Stats(value, value, value)


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


def per_item_us(make: Callable[[int], Sequence[T]], fn: Callable[[T], object], repeat: int = 7) -> Stats:
    """Microseconds per call of `fn` on fresh inputs: each round builds its inputs with `make(n)` first, outside
    the timing, for functions that change what they are given (a signer adds headers to its request)."""
    fn(make(1)[0])
    samples = []
    for _ in range(repeat):
        items = make(2000)
        start = time.perf_counter()
        for item in items:
            fn(item)
        samples.append((time.perf_counter() - start) / len(items) * 1e6)
    return of(samples)


def interleaved(rounds: int, measures: dict[str, Callable[[], float]]) -> dict[str, Stats]:
    """Run each measure once per round, in turn, so that a slow spell of the machine hits all of them."""
    samples: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(rounds):
        for name, measure in measures.items():
            samples[name].append(measure())
    return {name: of(values) for name, values in samples.items()}

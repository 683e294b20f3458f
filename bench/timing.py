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


def call_us(fn: Callable[[], object], number: int = 2000) -> float:
    """One round: microseconds per call of `fn` over `number` calls (`interleaved` repeats rounds)."""
    fn()  # warm caches and lazy imports outside the measurement
    start = time.perf_counter()
    for _ in range(number):
        fn()
    return (time.perf_counter() - start) / number * 1e6


def item_us(
    make: Callable[[int], Sequence[T]], fn: Callable[[T], object], number: int = 2000, batch: int = 50
) -> float:
    """One round: microseconds per call of `fn` on fresh inputs, for functions that change what they are given
    (a signer adds headers to its request). The inputs are built `batch` at a time with `make(batch)`, outside
    the timing, and used at once, as a client signs a request it has just built: inputs built thousands
    ahead would have left the processor's caches by their turn, a cost that neither real use nor the
    references (called again and again on the same inputs) pay."""
    fn(make(1)[0])
    elapsed = 0.0
    for _ in range(number // batch):
        items = make(batch)
        start = time.perf_counter()
        for item in items:
            fn(item)
        elapsed += time.perf_counter() - start
    return elapsed / (number // batch * batch) * 1e6


def interleaved(rounds: int, measures: dict[str, Callable[[], float]]) -> dict[str, Stats]:
    """Run each measure once per round, in turn, so that a slow spell of the machine hits all of them."""
    samples: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(rounds):
        for name, measure in measures.items():
            samples[name].append(measure())
    return {name: of(values) for name, values in samples.items()}

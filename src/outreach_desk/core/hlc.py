"""Hybrid logical clocks: wall time in ms, a counter and the device id, totally ordered.

Every stored change carries one, so copies that met through sync can decide "last
writer wins" the same way on every laptop, whatever their wall clocks say.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from outreach_desk.core.errors import ValidationError

MAX_FUTURE_DRIFT_MS = 10 * 60 * 1000


class ClockTooFarAhead(ValidationError):
    pass


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        """Fixed-width so that string order equals clock order (usable in SQL)."""
        return f"{self.wall_ms:013d}-{self.counter:05d}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        try:
            wall, counter, device = text.split("-", 2)
            return cls(int(wall), int(counter), device)
        except ValueError:
            raise ValidationError(f"not a clock value: {text!r}") from None


class HybridClock:
    def __init__(self, device: str, now_ms: Callable[[], int] | None = None) -> None:
        self._device = device
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._last = Timestamp(0, 0, device)
        self._lock = threading.Lock()

    @property
    def device(self) -> str:
        return self._device

    def now(self) -> Timestamp:
        with self._lock:
            wall = self._now_ms()
            if wall > self._last.wall_ms:
                self._last = Timestamp(wall, 0, self._device)
            else:
                self._last = Timestamp(self._last.wall_ms, self._last.counter + 1, self._device)
            return self._last

    def observe(self, remote: Timestamp) -> None:
        """Move past a clock seen in synced data; refuse one implausibly far in the future."""
        with self._lock:
            wall = self._now_ms()
            if remote.wall_ms - wall > MAX_FUTURE_DRIFT_MS:
                raise ClockTooFarAhead(
                    f"a change is dated {(remote.wall_ms - wall) // 60000} minutes in the future "
                    f"(device {remote.device}); check that device's clock"
                )
            if remote.wall_ms > self._last.wall_ms or (
                remote.wall_ms == self._last.wall_ms and remote.counter > self._last.counter
            ):
                self._last = Timestamp(remote.wall_ms, remote.counter, self._device)

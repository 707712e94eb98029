"""Passphrase strength feedback, offline: an estimate people can act on, not a verdict."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from outreach_desk.core.errors import OutreachError

MIN_LENGTH = 10
_COMMON = {
    "password",
    "wachtwoord",
    "motdepasse",
    "azerty",
    "qwerty",
    "123456",
    "brussel",
    "bruxelles",
    "brussels",
    "welkom",
    "bienvenue",
    "welcome",
    "outreach",
    "letmein",
}


class WeakPassphrase(OutreachError):
    pass


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) .. 4 (strong)
    bits: float
    hints: tuple[str, ...]  # stable codes; the GUI translates them


def estimate(passphrase: str) -> Strength:
    hints: list[str] = []
    if len(passphrase) < MIN_LENGTH:
        hints.append("too_short")
    lowered = passphrase.lower()
    if any(word in lowered for word in _COMMON):
        hints.append("common_word")
    if re.search(r"(.)\1{2,}", passphrase) or re.search(r"(0123|1234|2345|abcd|qwer)", lowered):
        hints.append("sequence")
    bits = _entropy_bits(passphrase)
    if hints:
        bits = min(bits, 28.0)
    score = 0 if bits < 28 else 1 if bits < 40 else 2 if bits < 55 else 3 if bits < 70 else 4
    if score < 3 and " " not in passphrase and "too_short" not in hints:
        hints.append("use_words")
    return Strength(score, bits, tuple(hints))


def _entropy_bits(passphrase: str) -> float:
    words = [w for w in re.split(r"[\s\-_.]+", passphrase) if w]
    pool = 0
    pool += 26 if re.search(r"[a-z]", passphrase) else 0
    pool += 26 if re.search(r"[A-Z]", passphrase) else 0
    pool += 10 if re.search(r"[0-9]", passphrase) else 0
    pool += 33 if re.search(r"[^A-Za-z0-9\s]", passphrase) else 0
    pool += 100 if re.search(r"[^\x00-\x7f]", passphrase) else 0
    per_char = len(set(passphrase)) and len(passphrase) * math.log2(max(pool, 2)) * 0.6
    per_word = len(words) * 11.0 if len(words) >= 3 else 0.0  # a word from a ~2,000-word vocabulary
    return max(float(per_char), per_word)

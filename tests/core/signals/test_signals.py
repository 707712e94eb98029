"""Signals from the work itself: privacy by construction, merge equals combined work."""

from __future__ import annotations

import csv
import io
import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_desk.core.domains import DOMAIN_IDS
from outreach_desk.core.referrals import BARRIERS, MECHANISMS, STATUSES, Intake, Referral
from outreach_desk.core.signals.collect import collect_signals
from outreach_desk.core.signals.counts import count_signals
from outreach_desk.core.signals.exchange import (
    SignalFileInvalid,
    read_signal_file,
    write_signal_file,
)
from outreach_desk.core.signals.export import report_to_csv, report_to_json
from outreach_desk.core.signals.report import build_report
from outreach_desk.core.sync.identity import DeviceIdentity

MUNICIPALITIES = ["Schaerbeek", "Schaarbeek", "Evere", "Jette", "Ukkel", "", "Nowhere"]
months = st.sampled_from([f"2026-{m:02d}-15T10:00:00+00:00" for m in range(1, 13)])
domain_sets = st.lists(st.sampled_from(DOMAIN_IDS), max_size=3, unique=True).map(tuple)

intakes = st.builds(
    lambda created, domains, urgent, mechanisms: Intake(
        "",
        "f",
        "words",
        domains=domains,
        urgent=urgent,
        mechanisms=mechanisms,
        created_at=created,
    ),
    months,
    domain_sets,
    st.booleans(),
    st.lists(st.sampled_from(MECHANISMS), max_size=2, unique=True).map(tuple),
)
referrals = st.builds(
    lambda created, domains, formal, status, barrier: Referral(
        "",
        "f",
        "svc",
        "Service",
        domains=domains,
        formal=formal,
        status=status,
        barrier=barrier,
        created_at=created,
    ),
    months,
    domain_sets,
    st.booleans(),
    st.sampled_from(STATUSES),
    st.sampled_from(BARRIERS),
)
work = st.tuples(
    st.lists(st.tuples(intakes, st.sampled_from(MUNICIPALITIES)), max_size=60),
    st.lists(st.tuples(referrals, st.sampled_from(MUNICIPALITIES)), max_size=60),
)


def published_numbers(report) -> list[int]:
    data = report_to_json(report)
    numbers = [
        int(value)
        for table in data["tables"].values()
        for row in table["cells"]
        for value in row
        if value.isdigit()
    ]
    for line in data["summary"]:
        without_dates = re.sub(r"\b\d{4}-(\d{2}|Q\d)\b", "", line)
        numbers += [int(n) for n in re.findall(r"\b\d+\b", without_dates)]
    return numbers


@settings(max_examples=60, deadline=None)
@given(work, st.sampled_from(["month", "quarter"]))
def test_no_count_from_one_to_four_is_ever_published(contents, by) -> None:
    counts = count_signals(*contents)
    report = build_report(counts, "2026-01", "2026-12", by)
    assert not [n for n in published_numbers(report) if 1 <= n <= 4]
    for row in csv.DictReader(io.StringIO(report_to_csv(report))):
        assert not (row["value"].isdigit() and 1 <= int(row["value"]) <= 4)


@settings(max_examples=30, deadline=None)
@given(work, work)
def test_merging_two_workers_equals_their_combined_work(first, second) -> None:
    identity_a, identity_b = DeviceIdentity.generate(), DeviceIdentity.generate()
    file_a = write_signal_file(count_signals(*first), identity_a)
    file_b = write_signal_file(count_signals(*second), identity_b)
    counts_a, fingerprint_a = read_signal_file(file_a)
    counts_b, _ = read_signal_file(file_b)
    combined = count_signals(first[0] + second[0], first[1] + second[1])
    assert counts_a.merged(counts_b) == combined
    assert fingerprint_a == identity_a.fingerprint
    merged_report = build_report(counts_a.merged(counts_b), "2026-01", "2026-12")
    assert report_to_json(merged_report) == report_to_json(
        build_report(combined, "2026-01", "2026-12")
    )


def test_tampered_signal_file_is_refused() -> None:
    intake = Intake("", "f", "w", domains=("housing",), created_at="2026-03-01T00:00:00")
    data = write_signal_file(count_signals([(intake, "Evere")], []), DeviceIdentity.generate())
    tampered = data.replace(b'"count": 1', b'"count": 9')
    assert tampered != data
    try:
        read_signal_file(tampered)
    except SignalFileInvalid as error:
        assert "altered" in str(error)
    else:
        raise AssertionError("a tampered file was accepted")
    for broken in (b"", b"{", b'{"body": 1, "signature": "x"}', data[: len(data) // 2]):
        try:
            read_signal_file(broken)
        except SignalFileInvalid:
            continue
        raise AssertionError(f"accepted {broken[:20]!r}")


def test_small_municipality_is_merged_into_a_larger_area() -> None:
    many = [(Intake("", "f", "w", created_at="2026-02-01T00:00"), "Schaerbeek")] * 12
    few = [(Intake("", "f", "w", created_at="2026-02-01T00:00"), "Ganshoren")] * 2
    report = build_report(count_signals(many + few, []), "2026-01", "2026-03")
    areas = report.tables["areas_over_time"].row_labels
    assert "schaerbeek" in areas and "ganshoren" not in areas


def test_no_family_label_note_or_id_in_any_export(session) -> None:
    canary_label, canary_words = "CANARY-LABEL-7731", "CANARY-WORRY-5512"
    family = session.families.add(canary_label, municipality="Schaerbeek")
    for month in range(1, 8):
        session.intakes.save(
            Intake(
                "",
                family.id,
                canary_words,
                summary=canary_words,
                domains=("housing",),
                created_at=f"2026-{month:02d}-03T09:00:00+00:00",
            )
        )
        session.referrals.save(
            Referral(
                "",
                family.id,
                "svc-canary",
                "CANARY-SERVICE",
                domains=("housing",),
                barrier="waiting_list",
                created_at=f"2026-{month:02d}-03T09:00:00+00:00",
            )
        )
    counts = collect_signals(session)
    report = build_report(counts, "2026-01", "2026-12", "quarter")
    outputs = [
        json.dumps(report_to_json(report)),
        report_to_csv(report),
        write_signal_file(counts, DeviceIdentity.generate()).decode(),
    ]
    for text in outputs:
        for secret in (canary_label, canary_words, family.id, "svc-canary", "CANARY-SERVICE"):
            assert secret not in text
    assert counts.metric_total("barrier:waiting_list") == 7

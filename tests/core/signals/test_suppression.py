"""No published cell is a count from 1 to 4, and no hidden cell can be recomputed.

The recomputation check is independent of the implementation's own audit: an exact
linear programme (scipy) finds the smallest and largest value each hidden cell can take
given every published cell and total; the table is safe when that range is wider than
one value for every hidden cell. The row/column equations are totally unimodular, so the
LP bounds are integers that real tables can reach."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_desk.core.signals.suppression import THRESHOLD, Mark, ProtectedTable, protect

linprog = pytest.importorskip("scipy.optimize").linprog


def exact_ranges(table: ProtectedTable) -> dict[tuple[int, int], tuple[float, float]]:
    cells = table.cells
    rows, cols = len(cells), len(cells[0])
    hidden = [(i, j) for i in range(rows) for j in range(cols) if not cells[i][j].shown]
    index = {p: k for k, p in enumerate(hidden)}
    equations, rhs = [], []
    lines = [[(i, j) for j in range(cols)] for i in range(rows)]
    lines += [[(i, j) for i in range(rows)] for j in range(cols)]
    for line in lines:
        coefficients = np.zeros(len(hidden))
        constant = 0.0
        for position, sign in [(p, 1) for p in line[:-1]] + [(line[-1], -1)]:
            if position in index:
                coefficients[index[position]] += sign
            else:
                constant -= sign * cells[position[0]][position[1]].value
        if coefficients.any():
            equations.append(coefficients)
            rhs.append(constant)
    bounds = [
        (1, THRESHOLD - 1) if cells[i][j].mark is Mark.SMALL else (0, None) for i, j in hidden
    ]
    ranges = {}
    for position, k in index.items():
        objective = np.zeros(len(hidden))
        objective[k] = 1
        low = linprog(objective, A_eq=equations, b_eq=rhs, bounds=bounds, method="highs")
        high = linprog(-objective, A_eq=equations, b_eq=rhs, bounds=bounds, method="highs")
        assert low.status == 0, "the published table must be consistent"
        upper = float("inf") if high.status == 3 else -high.fun
        ranges[position] = (low.fun, upper)
    return ranges


small_counts = st.integers(min_value=0, max_value=14).map(lambda v: v if v < 10 else v * 3)
tables = st.integers(1, 5).flatmap(
    lambda cols: st.lists(
        st.lists(small_counts, min_size=cols, max_size=cols), min_size=1, max_size=5
    )
)


@settings(max_examples=300, deadline=None)
@given(tables)
def test_no_small_count_is_published_or_recomputable(values: list[list[int]]) -> None:
    table = protect(
        "t", [f"r{i}" for i in range(len(values))], [f"c{j}" for j in range(len(values[0]))], values
    )
    if table.withheld:
        assert table.display_rows() == []
        return
    for row in table.cells:
        for cell in row:
            if cell.shown:
                assert not 0 < cell.value < THRESHOLD
            if 0 < cell.value < THRESHOLD:
                assert cell.display() == "<5"
    for position, (low, high) in exact_ranges(table).items():
        assert high - low >= 1 - 1e-6, f"hidden cell {position} is recomputable in {values}"


def test_totals_are_consistent_and_large_cells_stay_visible() -> None:
    table = protect("t", ["a", "b"], ["x", "y", "z"], [[10, 20, 3], [7, 8, 30]])
    shown = table.display_rows()
    assert shown[0][2] == "<5"
    hidden_in_row0 = [c for c in table.cells[0] if not c.shown]
    assert len(hidden_in_row0) >= 2
    assert shown[2][3] == "78"


def test_a_table_of_only_small_counts_is_withheld() -> None:
    table = protect("t", ["a"], ["w", "x", "y", "z"], [[1, 1, 1, 1]])
    assert table.withheld and table.display_rows() == []


def test_classic_example_single_small_cell_needs_complement() -> None:
    table = protect("t", ["a", "b"], ["x", "y"], [[2, 50], [40, 60]])
    marks = [[c.mark for c in row] for row in table.cells]
    assert marks[0][0] is Mark.SMALL
    assert sum(m is not Mark.SHOWN for row in marks for m in row) >= 4

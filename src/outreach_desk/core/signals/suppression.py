"""Statistical disclosure control for two-way tables with margins.

Primary suppression hides every count from 1 to 4 (shown "<5"). Complementary
suppression hides further cells (shown "x") until no hidden cell can be recomputed from
the published cells and totals: every line with a hidden cell gets a second one, and an
exact audit (``pinned_cells``) must find no hidden cell with only one possible value."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

THRESHOLD = 5
_UNBOUNDED = 10**9


class Mark(Enum):
    SHOWN = "shown"
    SMALL = "<5"  # primary: a count from 1 to 4
    HIDDEN = "x"  # complementary: hidden so that a small count cannot be recomputed


@dataclass(frozen=True)
class Cell:
    value: int
    mark: Mark

    def display(self) -> str:
        return str(self.value) if self.mark is Mark.SHOWN else self.mark.value

    @property
    def shown(self) -> bool:
        return self.mark is Mark.SHOWN


@dataclass(frozen=True)
class ProtectedTable:
    """A table ready to publish: the last row and the last column are the totals."""

    title: str
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]  # (rows + 1) x (cols + 1), totals last
    withheld: bool = False  # too few cases: even the pattern of hidden cells would tell

    def hidden_column_totals(self) -> frozenset[int]:
        return frozenset(j for j, cell in enumerate(self.cells[-1]) if not cell.shown)

    def display_rows(self) -> list[list[str]]:
        if self.withheld:
            return []
        return [[c.display() for c in row] for row in self.cells]


def protect(
    title: str,
    row_labels: list[str],
    col_labels: list[str],
    values: list[list[int]],
    hidden_column_totals: frozenset[int] = frozenset(),
) -> ProtectedTable:
    """Protect a table. ``hidden_column_totals`` names column totals that another table
    sharing them had to hide: they are hidden here too, so the two cannot be combined."""
    grid = _with_totals(values)
    marks = [[_primary(v) for v in row] for row in grid]
    for j in hidden_column_totals:
        if marks[-1][j] is Mark.SHOWN:
            marks[-1][j] = Mark.HIDDEN
    while _add_complementary(grid, marks) or _fix_disclosures(grid, marks):
        pass
    withheld = bool(pinned_cells(grid, marks))
    cells = tuple(
        tuple(Cell(v, m) for v, m in zip(row, mark_row, strict=True))
        for row, mark_row in zip(grid, marks, strict=True)
    )
    labels = ((*row_labels, "total"), (*col_labels, "total"))
    return ProtectedTable(title, labels[0], labels[1], cells, withheld)


def _with_totals(values: list[list[int]]) -> list[list[int]]:
    width = len(values[0]) if values else 0
    grid = [[*row, sum(row)] for row in values]
    grid.append([sum(row[j] for row in grid) for j in range(width + 1)])
    return grid


def _primary(value: int) -> Mark:
    return Mark.SMALL if 0 < value < THRESHOLD else Mark.SHOWN


def _lines(rows: int, cols: int) -> list[list[tuple[int, int]]]:
    """Every equation of the table: cells of a row or column, its total last."""
    lines = [[(i, j) for j in range(cols)] for i in range(rows)]
    lines += [[(i, j) for i in range(rows)] for j in range(cols)]
    return lines


def _add_complementary(grid: list[list[int]], marks: list[list[Mark]]) -> bool:
    changed = False
    for line in _lines(len(grid), len(grid[0])):
        hidden = [p for p in line if marks[p[0]][p[1]] is not Mark.SHOWN]
        if len(hidden) == 1:
            _hide_one_more(grid, marks, line)
            changed = True
    return changed


def _hide_one_more(
    grid: list[list[int]], marks: list[list[Mark]], line: list[tuple[int, int]]
) -> None:
    """Hide the least informative visible cell: the smallest non-zero inner cell first."""
    visible = [p for p in line if marks[p[0]][p[1]] is Mark.SHOWN]
    inner, total = visible[:-1] if line[-1] in visible else visible, line[-1]
    candidates = sorted(
        (p for p in inner if p != total),
        key=lambda p: (grid[p[0]][p[1]] == 0, grid[p[0]][p[1]]),
    )
    choice = candidates[0] if candidates else visible[0]
    marks[choice[0]][choice[1]] = Mark.HIDDEN


def _fix_disclosures(grid: list[list[int]], marks: list[list[Mark]]) -> bool:
    """Hide one more cell near a recomputable one; False when nothing is left to hide."""
    pinned = pinned_cells(grid, marks)
    if not pinned:
        return False
    lines = _lines(len(grid), len(grid[0]))
    for i, j in pinned:
        for line in lines:
            if (i, j) in line and any(marks[a][b] is Mark.SHOWN for a, b in line):
                _hide_one_more(grid, marks, line)
                return True
    visible = [p for line in lines for p in line if marks[p[0]][p[1]] is Mark.SHOWN]
    if visible:
        i, j = min(visible, key=lambda p: grid[p[0]][p[1]])
        marks[i][j] = Mark.HIDDEN
        return True
    return False


def pinned_cells(grid: list[list[int]], marks: list[list[Mark]]) -> list[tuple[int, int]]:
    """Hidden cells whose value an outsider can recompute exactly from what is published.

    Exact, not a heuristic. Writing the totals row and column with a minus sign turns the
    table into one whose every row and column sums to zero; any other table consistent with
    the published cells differs from the true one by a sum of alternating cycles through
    hidden cells (+1 on a cell, -1 on the next cell of the same column, +1 on the next of
    that row...). A hidden cell can take another value exactly when such a cycle through it
    fits within every cell's bounds: a directed path in the graph where a cell (r, c) is an
    arc r -> c if it may grow and c -> r if it may shrink."""
    rows, cols = len(grid), len(grid[0])
    arcs: dict[tuple[int, int], list[tuple[str, int, str, int]]] = {}
    for i in range(rows):
        for j in range(cols):
            if marks[i][j] is Mark.SHOWN:
                continue
            low, high = _signed_bounds(grid, marks, i, j, rows, cols)
            value = _signed_value(grid, i, j, rows, cols)
            arcs[(i, j)] = []
            if value < high:
                arcs[(i, j)].append(("r", i, "c", j))
            if value > low:
                arcs[(i, j)].append(("c", j, "r", i))
    return [cell for cell in arcs if not _can_move(cell, arcs)]


def _signed_value(grid: list[list[int]], i: int, j: int, rows: int, cols: int) -> int:
    flip = (i == rows - 1) != (j == cols - 1)  # totals, but not the grand total
    return -grid[i][j] if flip else grid[i][j]


def _signed_bounds(
    grid: list[list[int]], marks: list[list[Mark]], i: int, j: int, rows: int, cols: int
) -> tuple[int, int]:
    low, high = (1, THRESHOLD - 1) if marks[i][j] is Mark.SMALL else (0, _UNBOUNDED)
    flip = (i == rows - 1) != (j == cols - 1)
    return (-high, -low) if flip else (low, high)


def _can_move(
    cell: tuple[int, int], arcs: dict[tuple[int, int], list[tuple[str, int, str, int]]]
) -> bool:
    for start_kind, start, end_kind, end in arcs[cell]:
        # the cell's own arc goes start -> end; a cycle needs a way back end -> start
        if _reachable((end_kind, end), (start_kind, start), arcs, skip=cell):
            return True
    return False


def _reachable(
    source: tuple[str, int],
    target: tuple[str, int],
    arcs: dict[tuple[int, int], list[tuple[str, int, str, int]]],
    skip: tuple[int, int],
) -> bool:
    graph: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for cell, cell_arcs in arcs.items():
        if cell == skip:
            continue
        for a_kind, a, b_kind, b in cell_arcs:
            graph.setdefault((a_kind, a), []).append((b_kind, b))
    seen, frontier = {source}, [source]
    while frontier:
        node = frontier.pop()
        if node == target:
            return True
        for neighbour in graph.get(node, ()):
            if neighbour not in seen:
                seen.add(neighbour)
                frontier.append(neighbour)
    return False


def protect_sharing_column_totals(
    tables: list[tuple[str, list[str], list[str], list[list[int]]]],
) -> list[ProtectedTable]:
    """Protect tables whose column totals are the same figures (e.g. referrals per month
    split by outcome and by formal/informal help): a total hidden in one is hidden in all."""
    hidden: frozenset[int] = frozenset()
    while True:
        result = [protect(*spec, hidden_column_totals=hidden) for spec in tables]
        now_hidden = frozenset().union(*(t.hidden_column_totals() for t in result))
        if now_hidden == hidden or any(t.withheld for t in result):
            return result
        hidden = now_hidden

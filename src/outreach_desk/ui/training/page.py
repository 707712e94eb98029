"""The Training tab (training vaults only): the cases, one case in detail with its hidden
facts, the exercises, the debrief, presentation mode, resets and scenario pack files."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import SIGNAL, QEvent, QModelIndex, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.casefile import FamilyStore
from outreach_desk.core.notes import NoteStore
from outreach_desk.core.session import Session
from outreach_desk.core.training.model import Case, ScenarioPack
from outreach_desk.core.training.store import all_packs, export_pack, import_pack
from outreach_desk.core.training.vault_seed import (
    REVEAL_PREFIX,
    case_label_prefix,
    reset_training_case,
    reveal_hidden_fact,
)
from outreach_desk.ui.errors import describe_error
from outreach_desk.ui.training import pack_files
from outreach_desk.ui.training.case_model import TITLE, CaseListModel
from outreach_desk.ui.training.case_view import CaseView
from outreach_desk.ui.training.debrief_view import DebriefView
from outreach_desk.ui.training.entry import base_data_dir, content_language
from outreach_desk.ui.training.exercises_view import ExercisesView
from outreach_desk.ui.training.presentation import PresentationWindow
from outreach_desk.ui.workers import run_in_background

# "New information 2/3: ..." in any language the vault was seeded in.
_REVEALED = re.compile(
    "^(?:" + "|".join(re.escape(p) for p in REVEAL_PREFIX.values()) + r") (\d+)/\d+:"
)


class TrainingPage(QWidget):
    """``reset_requested`` asks the window controller to close the training vault, rebuild it
    and open it again (a reset deletes the vault's files, so the page cannot do it itself).
    A callable passed as ``extras["reset_training_vault"]`` is called for the same purpose."""

    reset_requested = Signal()

    def __init__(
        self,
        session: Session,
        extras: dict[str, object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("training_page")
        extras = extras or {}
        self.session = session
        self.data_dir = Path(str(extras.get("data_dir") or base_data_dir(session.vault)))
        reset = extras.get("reset_training_vault")
        self._reset_vault: Callable[[], None] | None = reset if callable(reset) else None
        self.lang = content_language()
        self.packs: list[ScenarioPack] = all_packs(self.data_dir)
        self.revealed: dict[str, int] = {}
        self.presentation: PresentationWindow | None = None
        self._build()
        self.retranslate_ui()
        if self.model.rowCount():
            self._select_row(0)

    def _build(self) -> None:
        self.model = CaseListModel(self.packs, self.lang)
        self.table = QTableView(objectName="training_cases")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._case_changed)
        self.case_view = CaseView()
        self.exercises_view = ExercisesView()
        self.debrief_view = DebriefView()
        self.tabs = QTabWidget(objectName="training_tabs")
        for view in (self.case_view, self.exercises_view, self.debrief_view):
            self.tabs.addTab(view, "")
        self.case_view.reveal_requested.connect(self.reveal_fact)
        self._drawn: dict[int, str | None] = {}  # tab view -> case id it shows
        self.tabs.currentChanged.connect(lambda _index: self._draw_current_tab())
        self.message = QLabel(objectName="training_message", wordWrap=True)
        self.message.setTextInteractionFlags(self.message.textInteractionFlags())
        self.buttons = {
            name: QPushButton(objectName=f"training_{name}")
            for name in ("present", "reset_case", "reset_vault", "export", "import")
        }
        self._connect_buttons()
        self._lay_out()

    def _connect_buttons(self) -> None:
        self.buttons["present"].clicked.connect(lambda: self.present())
        self.buttons["reset_case"].clicked.connect(self.reset_case)
        self.buttons["reset_vault"].clicked.connect(self.reset_vault)
        self.buttons["export"].clicked.connect(self.export_pack)
        self.buttons["import"].clicked.connect(self.import_pack)

    def _lay_out(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        for name in ("present", "reset_case", "reset_vault"):
            column.addWidget(self.buttons[name])
        files = QHBoxLayout()
        files.addWidget(self.buttons["export"])
        files.addWidget(self.buttons["import"])
        column.addLayout(files)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    # ---- the selected case ------------------------------------------------------------
    def selected(self) -> tuple[ScenarioPack, Case] | None:
        return self.model.case_at(self.table.currentIndex().row())

    def select_case(self, case_id: str) -> None:
        row = self.model.row_of(case_id)
        if row >= 0:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        # Not selectRow(): right to left (Arabic) it can pick no column, hence no current row.
        self.table.setCurrentIndex(self.model.index(row, TITLE))

    def _case_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        chosen = self.selected()
        pack, case = chosen if chosen else (None, None)
        if case is not None and case.id not in self.revealed:
            self.revealed[case.id] = self._revealed_in_vault(case.id)
        self._drawn = {}
        self._draw_current_tab()
        self.debrief_view.show_case(pack, case, self.lang)  # cheap, and keeps the room's ticks
        for name in ("present", "reset_case"):
            self.buttons[name].setEnabled(case is not None)

    def _draw_current_tab(self) -> None:
        """Only the visible text-heavy tab is built (~70 ms each); the other on first look."""
        chosen = self.selected()
        case = chosen[1] if chosen else None
        view = self.tabs.currentWidget()
        if self._drawn.get(id(view), "-") == (case.id if case else None):
            return
        self._drawn[id(view)] = case.id if case else None
        if view is self.case_view:
            revealed = self.revealed.get(case.id, 0) if case else 0
            self.case_view.show_case(case, self.lang, revealed)
        elif view is self.exercises_view:
            self.exercises_view.show_case(case, self.lang)

    def _revealed_in_vault(self, case_id: str) -> int:
        """Facts revealed before (their notes are in the vault), so a reopened page agrees."""
        prefix = case_label_prefix(case_id)
        families = FamilyStore(self.session.vault).families()
        family = next((f for f in families if f.label.startswith(prefix)), None)
        if family is None:
            return 0
        numbers = [
            int(match.group(1))
            for note in NoteStore(self.session.vault).for_family(family.id)
            if (match := _REVEALED.match(note.text))
        ]
        return max(numbers, default=0)

    # ---- hidden facts -----------------------------------------------------------------
    def reveal_fact(self, case_id: str, number: int) -> None:
        """Write hidden fact ``number`` into the case notes (off the GUI thread), then show it."""
        vault, packs, lang = self.session.vault, self.packs, self.lang
        run_in_background(
            lambda: reveal_hidden_fact(vault, case_id, number, packs, lang),
            lambda _note: self._fact_revealed(case_id, number),
            self._failed,
            context=self,
        )

    def _fact_revealed(self, case_id: str, number: int) -> None:
        self.revealed[case_id] = max(self.revealed.get(case_id, 0), number)
        if self.case_view.case is not None and self.case_view.case.id == case_id:
            self.case_view.set_revealed(self.revealed[case_id])

    # ---- presentation mode ------------------------------------------------------------
    def present(self, full_screen: bool = True) -> PresentationWindow | None:
        chosen = self.selected()
        if chosen is None:
            return None
        if self.presentation is not None:
            self.presentation.close()
        window = PresentationWindow(chosen[1], self.lang)
        window.step_shown.connect(lambda step, case=chosen[1]: self._step_shown(case, step))
        window.closed.connect(self._presentation_closed)
        self.presentation = window
        offscreen = QGuiApplication.platformName() == "offscreen"
        if full_screen and not offscreen:
            window.showFullScreen()
        else:
            window.resize(1280, 720)
            window.show()
        window.activateWindow()
        window.setFocus()
        return window

    def _step_shown(self, case: Case, step: object) -> None:
        """Showing a hidden fact on the projector reveals it in the case too."""
        kind, number = getattr(step, "kind", ""), int(getattr(step, "number", 0))
        if kind == "hidden_fact" and number > self.revealed.get(case.id, 0):
            self.reveal_fact(case.id, number)

    def _presentation_closed(self) -> None:
        self.presentation = None

    # ---- resets -----------------------------------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def reset_case(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        case = chosen[1]
        if not self.confirm(
            self.tr("Reset this case?"),
            self.tr(
                "The family of this case goes back to how it was at the start: notes, "
                "revealed facts and changes made in the workshop are deleted."
            ),
        ):
            return
        vault, packs, lang = self.session.vault, self.packs, self.lang
        self.buttons["reset_case"].setEnabled(False)
        run_in_background(
            lambda: reset_training_case(vault, case.id, packs, lang),
            lambda _family: self._case_reset(case.id),
            self._failed,
            context=self,
        )

    def _case_reset(self, case_id: str) -> None:
        self.revealed[case_id] = 0
        self._show_selected()
        self.show_message(self.tr("The case was reset to its starting point."))

    def reset_vault(self) -> None:
        if not self.confirm(
            self.tr("Reset the whole training vault?"),
            self.tr(
                "The training vault closes, is deleted and is built again from the scenario "
                "packs. Everything done in the workshop is lost. Your real vault is not touched."
            ),
        ):
            return
        self.reset_requested.emit()
        if self._reset_vault is not None:
            self._reset_vault()
        elif not self.receivers(SIGNAL("reset_requested()")):
            self.show_message(
                self.tr(
                    "Close training mode (Lock), then run 'outreach-desk training reset' to "
                    "rebuild the training vault."
                ),
                error=True,
            )

    # ---- scenario pack files ----------------------------------------------------------
    def ask_export_path(self, suggested: str) -> Path | None:
        return pack_files.ask_export_path(self, suggested)

    def ask_import_path(self) -> Path | None:
        return pack_files.ask_import_path(self)

    def export_pack(self) -> None:
        chosen = self.selected()
        pack = chosen[0] if chosen else self.packs[0]
        target = self.ask_export_path(f"{pack.pack_id}.json")
        if target is None:
            return
        run_in_background(
            lambda: export_pack(pack, target),
            lambda path: self.show_message(self.tr("Pack exported to {0}").format(path)),
            self._failed,
            context=self,
        )

    def import_pack(self) -> None:
        source = self.ask_import_path()
        if source is None:
            return
        data_dir = self.data_dir
        run_in_background(
            lambda: import_pack(data_dir, source),
            self._pack_imported,
            lambda error: self.show_message(pack_files.describe_refusal(error), error=True),
            context=self,
        )

    def _pack_imported(self, pack: ScenarioPack) -> None:
        self.packs = all_packs(self.data_dir)
        self.model.set_packs(self.packs)
        self.show_message(
            self.tr(
                "Imported {0} case(s) from pack {1}. Reset the whole training vault to add "
                "them as families."
            ).format(len(pack.cases), pack.pack_id)
        )

    # ---- messages, language, lock -----------------------------------------------------
    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)

    def _failed(self, error: BaseException) -> None:
        self.show_message(describe_error(error), error=True)
        self._show_selected()

    def retranslate_ui(self) -> None:
        self.lang = content_language()
        self.model.set_language(self.lang)
        self.tabs.setTabText(0, self.tr("&Case"))
        self.tabs.setTabText(1, self.tr("E&xercises"))
        self.tabs.setTabText(2, self.tr("&Debrief"))
        texts = {
            "present": self.tr("&Present this case (full screen)"),
            "reset_case": self.tr("Reset &this case..."),
            "reset_vault": self.tr("Reset the &whole training vault..."),
            "export": self.tr("E&xport pack..."),
            "import": self.tr("&Import pack..."),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self._show_selected()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def lock(self) -> None:
        """Before the vault locks: the projector must not keep showing a case."""
        if self.presentation is not None:
            self.presentation.close()
            self.presentation = None

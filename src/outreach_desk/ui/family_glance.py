"""The family at a glance: what goes well first, then the children in view (with a gentle
reminder when recent notes forgot them), then one timeline of everything that happened.

The family screen embeds ``FamilyGlance`` and calls ``show_family(family_id)``; edits (the
strengths, a child's "for this child" line) go straight to the core through the session.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.casefile import Family
from outreach_desk.core.children import (
    ChildMentionReminder,
    ChildMentionSettings,
    child_mention_reminder,
    children_in_view,
    update_child,
)
from outreach_desk.core.domains import DOMAIN_IDS
from outreach_desk.core.errors import OutreachError
from outreach_desk.core.notes import Note
from outreach_desk.core.session import Session
from outreach_desk.core.timeline import TimelineEntry, build_timeline
from outreach_desk.ui.family_glance_models import (
    CONTEXT,
    KIND_FILTERS,
    ChildrenModel,
    TimelineFilter,
    TimelineModel,
)
from outreach_desk.ui.texts import domain_label


class FamilyGlance(QWidget):
    family_changed = Signal(str)  # family id, after the strengths or a child's line changed

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("family_glance")
        self._session = session
        self.family: Family | None = None
        self.children_model = ChildrenModel(self)
        self.timeline_model = TimelineModel(self)
        self.timeline_filter = TimelineFilter(self)
        self.timeline_filter.setSourceModel(self.timeline_model)
        self._reminder: ChildMentionReminder | None = None
        self._editing_strengths = False
        self._build()
        self.children_model.for_this_child_edited.connect(self._save_child_line)
        self.retranslate_ui()

    # ---- building ---------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_strengths())
        layout.addWidget(self._build_children())
        layout.addWidget(self._build_timeline(), 1)

    def _build_strengths(self) -> QGroupBox:
        self.strengths_box = QGroupBox()
        self.strengths_box.setObjectName("glance_strengths")
        self.strengths_box.setStyleSheet(
            "QGroupBox#glance_strengths { background: #e8f5e9; border: 2px solid #66bb6a;"
            " border-radius: 6px; margin-top: 1.4em; font-weight: bold; font-size: 115%; }"
            "QGroupBox#glance_strengths::title { subcontrol-origin: margin; left: 8px; }"
        )
        self.strengths_label = QLabel()
        self.strengths_label.setWordWrap(True)
        self.strengths_label.setTextFormat(Qt.TextFormat.PlainText)
        self.strengths_label.setStyleSheet("font-weight: normal; font-size: 110%; padding: 4px;")
        self.strengths_edit = QPlainTextEdit()
        self.strengths_edit.setVisible(False)
        self.strengths_button = QPushButton()
        self.strengths_button.clicked.connect(self._toggle_strengths_editor)
        box = QVBoxLayout(self.strengths_box)
        box.addWidget(self.strengths_label)
        box.addWidget(self.strengths_edit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.strengths_button)
        box.addLayout(row)
        return self.strengths_box

    def _build_children(self) -> QGroupBox:
        self.children_box = QGroupBox()
        self.reminder_label = QLabel()
        self.reminder_label.setObjectName("child_reminder")
        self.reminder_label.setWordWrap(True)
        self.reminder_label.setStyleSheet(
            "background: #fff8e1; border: 1px solid #ffca28; border-radius: 4px; padding: 6px;"
        )
        self.reminder_label.setVisible(False)
        self.children_view = QTableView()
        self.children_view.setModel(self.children_model)
        self.children_view.verticalHeader().setVisible(False)
        header = self.children_view.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.children_view.setMaximumHeight(150)
        self.children_hint = QLabel()
        self.children_hint.setWordWrap(True)
        box = QVBoxLayout(self.children_box)
        box.addWidget(self.reminder_label)
        box.addWidget(self.children_view)
        box.addWidget(self.children_hint)
        return self.children_box

    def _build_timeline(self) -> QGroupBox:
        self.timeline_box = QGroupBox()
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("timeline_kind_filter")
        self.domain_filter = QComboBox()
        self.domain_filter.setObjectName("timeline_domain_filter")
        self.kind_filter.currentIndexChanged.connect(self._apply_filters)
        self.domain_filter.currentIndexChanged.connect(self._apply_filters)
        self.timeline_view = QTableView()
        self.timeline_view.setModel(self.timeline_filter)
        self.timeline_view.verticalHeader().setVisible(False)
        header = self.timeline_view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.domain_filter)
        filters.addStretch(1)
        box = QVBoxLayout(self.timeline_box)
        box.addLayout(filters)
        box.addWidget(self.timeline_view, 1)
        return self.timeline_box

    # ---- data -------------------------------------------------------------------------
    def show_family(self, family_id: str) -> None:
        """Read the family, its notes and its timeline from the session and show them."""
        if self._session is None:
            raise RuntimeError("FamilyGlance.show_family needs a session")
        session = self._session
        family = session.families.get(family_id)
        notes = session.notes.for_family(family_id)
        entries = build_timeline(session.notes, session.consents, session.records, family_id)
        threshold = ChildMentionSettings(session.records).threshold()
        self.set_data(family, notes, entries, threshold)

    def set_data(
        self, family: Family, notes: list[Note], entries: list[TimelineEntry], threshold: int
    ) -> None:
        self.family = family
        self.children_model.set_children(children_in_view(family))
        self._reminder = child_mention_reminder(family, notes, threshold)
        self.timeline_model.set_entries(entries)
        self._editing_strengths = False
        self.strengths_edit.setVisible(False)
        self.retranslate_ui()

    def _apply_filters(self) -> None:
        kinds = self.kind_filter.currentData()
        domain_id = self.domain_filter.currentData()
        self.timeline_filter.set_kinds(tuple(kinds) if kinds else None)
        self.timeline_filter.set_domain(domain_id or None)

    def _toggle_strengths_editor(self) -> None:
        if not self._editing_strengths:
            strengths = self.family.strengths if self.family else ()
            self.strengths_edit.setPlainText("\n".join(strengths))
            self._editing_strengths = True
            self.strengths_edit.setVisible(True)
            self.strengths_edit.setFocus()
        else:
            self._save_strengths()
        self.retranslate_ui()

    def _save_strengths(self) -> None:
        lines = [line.strip() for line in self.strengths_edit.toPlainText().splitlines()]
        strengths = tuple(line for line in lines if line)
        self._editing_strengths = False
        self.strengths_edit.setVisible(False)
        if self._session is None or self.family is None:
            return
        try:
            self.family = self._session.families.update(self.family.id, strengths=strengths)
        except OutreachError as error:
            self.strengths_label.setText(str(error))
            return
        self.family_changed.emit(self.family.id)

    def _save_child_line(self, member_id: str, text: str) -> None:
        if self._session is None or self.family is None:
            return
        self.family = update_child(
            self._session.families, self.family.id, member_id, for_this_child=text
        )
        self.family_changed.emit(self.family.id)

    # ---- text -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.strengths_box.setTitle(self.tr("What goes well"))
        self.strengths_label.setText(self._strengths_text())
        editing = self._editing_strengths
        self.strengths_button.setText(self.tr("Save") if editing else self.tr("Change…"))
        self.strengths_edit.setPlaceholderText(
            self.tr("One strength per line, e.g. takes initiative, a supportive community")
        )
        self.children_box.setTitle(self.tr("Children in view"))
        self.children_hint.setText(
            self.tr("Double-click (or press F2) in “For this child” to update the line.")
        )
        self.reminder_label.setText(self._reminder_text())
        self.reminder_label.setVisible(self._reminder is not None)
        self.timeline_box.setTitle(self.tr("Timeline"))
        self._fill_filters()

    def _strengths_text(self) -> str:
        strengths = self.family.strengths if self.family else ()
        if not strengths:
            return self.tr("Nothing written down yet. Ask the family what goes well.")
        return "\n".join(f"• {s}" for s in strengths)

    def _reminder_text(self) -> str:
        if self._reminder is None:
            return ""
        count = self._reminder.notes_without_mention
        if not self._reminder.has_children_recorded:
            return self.tr(
                "The last {count} notes say nothing about children. Are there children in "
                "this family? Add them so they stay in view."
            ).format(count=count)
        if count == 1:
            text = self.tr("The last note does not mention the children.")
        else:
            text = self.tr("The last {count} notes do not mention the children.")
        return f"{text.format(count=count)} {self._question()}"

    def _question(self) -> str:
        names = [c.name for c in children_in_view(self.family) if c.name] if self.family else []
        if not names:
            return self.tr("How are the children doing?")
        if len(names) == 1:
            return self.tr("How is {name} doing?").format(name=names[0])
        listed = self.tr("{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])
        return self.tr("How are {names} doing?").format(names=listed)

    def _fill_filters(self) -> None:
        for combo, items in (
            (self.kind_filter, self._kind_items()),
            (self.domain_filter, self._domain_items()),
        ):
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, current))
            combo.blockSignals(False)

    def _kind_items(self) -> list[tuple[str, object]]:
        items: list[tuple[str, object]] = [(self.tr("All kinds"), None)]
        for source, kinds in KIND_FILTERS:
            items.append((QCoreApplication.translate(CONTEXT, str(source)), list(kinds)))
        return items

    def _domain_items(self) -> list[tuple[str, object]]:
        items: list[tuple[str, object]] = [(self.tr("All life domains"), None)]
        items.extend((domain_label(d), d) for d in DOMAIN_IDS)
        return items

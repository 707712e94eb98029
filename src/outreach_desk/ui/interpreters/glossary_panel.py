"""The glossary panel: type a word in any language, pick two languages, read the entry in
every language with its plain-language explanation and whether a native speaker checked it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.errors import OutreachError
from outreach_desk.core.glossary import Glossary, GlossaryEntry, Language, bundled_glossary
from outreach_desk.render.glossary_pdf import write_glossary_pdf
from outreach_desk.ui.interpreters.glossary_model import GlossaryResultsModel

SEARCH_DELAY_MS = 120  # wait for a pause in typing


def language_combo(glossary: Glossary, selected: str) -> QComboBox:
    combo = QComboBox()
    for language in glossary.languages:
        combo.addItem(f"{language.name} ({language.code})", language.code)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


class GlossaryPanel(QWidget):
    def __init__(self, glossary: Glossary | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossary_panel")
        self.glossary = glossary or bundled_glossary()
        self.model = GlossaryResultsModel(self.glossary, self)
        self.search_field = QLineEdit(clearButtonEnabled=True)
        self.search_field.setObjectName("glossary_search")
        self.left_lang = language_combo(self.glossary, "nl")
        self.right_lang = language_combo(self.glossary, "ar")
        self.pair_label = QLabel()
        self.results = QListView()
        self.results.setObjectName("glossary_results")
        self.results.setModel(self.model)
        self.results.setAlternatingRowColors(True)
        self.results.setUniformItemSizes(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep both languages
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_body = QWidget()
        self.detail_layout = QVBoxLayout(self.detail_body)
        self.print_button = QPushButton()
        self.print_button.setObjectName("glossary_print")
        self.current: GlossaryEntry | None = None
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._assemble()
        self._connect()
        self.retranslate_ui()
        self.run_search()

    def _assemble(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.left_lang)
        top.addWidget(self.pair_label)
        top.addWidget(self.right_lang)
        top.addWidget(self.print_button)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.detail_body)
        splitter = QSplitter()
        splitter.addWidget(self.results)
        splitter.addWidget(scroll)
        splitter.setSizes([420, 800])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.search_field.textChanged.connect(lambda _text: self._timer.start())
        self._timer.timeout.connect(self.run_search)
        self.left_lang.currentIndexChanged.connect(self._pair_changed)
        self.right_lang.currentIndexChanged.connect(self._pair_changed)
        self.results.selectionModel().selectionChanged.connect(self._selection_changed)
        self.print_button.clicked.connect(self.print_glossary)

    def pair(self) -> tuple[str, str]:
        return self.left_lang.currentData(), self.right_lang.currentData()

    def run_search(self) -> None:
        self._timer.stop()
        self.model.set_pair(*self.pair())
        self.model.search(self.search_field.text())
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0))
        else:
            self.show_entry(None)

    def _pair_changed(self) -> None:
        self.model.set_pair(*self.pair())
        self.show_entry(self.current)

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = [index.row() for index in selected.indexes()]
        self.show_entry(self.model.entry(rows[0]) if rows else None)

    # --- the detail: the entry in every language, the chosen pair first --------------
    def show_entry(self, entry: GlossaryEntry | None) -> None:
        self.current = entry
        while (item := self.detail_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # deleteLater waits for the event loop: do not draw it meanwhile
                widget.setParent(None)
                widget.deleteLater()
        if entry is None:
            self.detail_layout.addWidget(QLabel(self.tr("No entry matches this search.")))
            self.detail_layout.addStretch(1)
            return
        first = list(dict.fromkeys(self.pair()))
        languages = sorted(
            self.glossary.languages,
            key=lambda lang: (lang.code not in first, lang.code != first[0]),
        )
        for language in languages:
            if entry.term(language.code):
                self.detail_layout.addWidget(self._language_block(entry, language))
        self.detail_layout.addStretch(1)

    def _language_block(self, entry: GlossaryEntry, language: Language) -> QFrame:
        block = QFrame(frameShape=QFrame.Shape.StyledPanel)
        block.setObjectName(f"glossary_lang_{language.code}")
        direction = (
            Qt.LayoutDirection.RightToLeft if language.rtl else Qt.LayoutDirection.LeftToRight
        )
        block.setLayoutDirection(direction)
        layout = QVBoxLayout(block)
        head = QLabel(f"{language.name} ({language.code})")
        head.setStyleSheet("color: palette(mid);")
        term = QLabel(entry.term(language.code) or "", wordWrap=True)
        term.setObjectName(f"glossary_term_{language.code}")
        term.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        term.setStyleSheet("font-size: 12pt; font-weight: bold;")
        for widget in (head, term):
            widget.setLayoutDirection(direction)
            layout.addWidget(widget)
        explanation = entry.explanation(language.code)
        if explanation:
            text = QLabel(explanation, wordWrap=True)
            text.setLayoutDirection(direction)
            layout.addWidget(text)
        layout.addWidget(self._review_label(entry, language.code))
        return block

    def _review_label(self, entry: GlossaryEntry, lang: str) -> QLabel:
        status = QLabel(wordWrap=True)
        status.setObjectName(f"glossary_review_{lang}")
        status.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # in the worker's language
        if entry.is_reviewed(lang):
            status.setText(self.tr("Reviewed by a native speaker"))
        else:
            status.setText(self.tr("⚠ Needs review by a native speaker before you rely on it"))
            status.setStyleSheet("color: #9a4d00; font-weight: bold;")
        return status

    # --- printing -----------------------------------------------------------------------
    def print_glossary(self) -> Path | None:
        langs = list(dict.fromkeys(self.pair()))
        name = f"glossary-{'-'.join(langs)}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Print glossary (PDF, not encrypted)"), name, self.tr("PDF (*.pdf)")
        )
        if not path:
            return None
        try:
            written = write_glossary_pdf(Path(path), langs, glossary=self.glossary)
        except (OutreachError, OSError) as error:
            QMessageBox.warning(self, self.tr("Glossary not printed"), str(error))
            return None
        return written

    def retranslate_ui(self) -> None:
        self.search_field.setPlaceholderText(
            self.tr("Search a word in any language (e.g. OCMW, CPAS, aide médicale)…")
        )
        self.pair_label.setText("↔")
        self.left_lang.setToolTip(self.tr("First language of the pair"))
        self.right_lang.setToolTip(self.tr("Second language of the pair"))
        self.print_button.setText(self.tr("Print glossary (PDF, not encrypted)…"))
        self.print_button.setToolTip(
            self.tr("The PDF holds the whole glossary in the two chosen languages.")
        )
        self.show_entry(self.current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

"""Signals for policy: choose a period, look at the charts, export CSV or PDF, or send
signed counts to a coordinator. Only protected figures are ever shown here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.session import Session
from outreach_desk.core.signals.collect import collect_signals
from outreach_desk.core.signals.counts import SignalCounts
from outreach_desk.core.signals.report import SignalsReport, build_report
from outreach_desk.render.charts import groups_from_table
from outreach_desk.render.signals_report import CHARTS, LABELS
from outreach_desk.ui.errors import describe_error
from outreach_desk.ui.signals.chart_widget import ChartWidget
from outreach_desk.ui.workers import run_in_background


class SignalsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signals_page")
        self._session = session
        self._counts: SignalCounts | None = None
        self.report: SignalsReport | None = None
        today = QDate.currentDate()
        self.first = QDateEdit(QDate(today.year(), 1, 1), displayFormat="yyyy-MM")
        self.last = QDateEdit(today, displayFormat="yyyy-MM")
        self.by = QComboBox()
        self.refresh_button = QPushButton()
        self.csv_button = QPushButton()
        self.pdf_button = QPushButton()
        self.send_button = QPushButton()
        self.explain = QLabel(wordWrap=True)
        self.summary = QLabel(wordWrap=True, objectName="signals_summary")
        self.empty = QLabel(wordWrap=True, objectName="signals_empty")
        self.charts = [ChartWidget() for _ in CHARTS]
        self._build_layout()
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.send_button.clicked.connect(self.export_signed)
        self.by.currentIndexChanged.connect(self._rebuild)
        self.retranslate_ui()
        self.refresh()

    def _build_layout(self) -> None:
        form = QFormLayout()
        period = QHBoxLayout()
        period.addWidget(self.first)
        period.addWidget(QLabel("–"))
        period.addWidget(self.last)
        period.addWidget(self.by)
        period.addStretch(1)
        self.period_label = QLabel()
        form.addRow(self.period_label, period)
        buttons = QHBoxLayout()
        for button in (self.refresh_button, self.csv_button, self.pdf_button, self.send_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        content = QWidget()
        charts = QVBoxLayout(content)
        charts.addWidget(self.summary)
        charts.addWidget(self.empty)
        for chart in self.charts:
            charts.addWidget(chart)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)

    def retranslate_ui(self) -> None:
        self.explain.setText(
            self.tr(
                "Anonymous figures from your intakes and referrals, to signal structural "
                "problems. Counts from 1 to 4 are shown as <5 and some other cells are hidden "
                "(x) so that no family can be recognised. No names, notes or ids leave the vault."
            )
        )
        self.period_label.setText(self.tr("&Period:"))
        self.period_label.setBuddy(self.first)
        current = self.by.currentIndex()
        self.by.clear()
        self.by.addItem(self.tr("per month"), "month")
        self.by.addItem(self.tr("per quarter"), "quarter")
        self.by.setCurrentIndex(max(0, current))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.csv_button.setText(self.tr("Export &CSV…"))
        self.pdf_button.setText(self.tr("Export &PDF report…"))
        self.send_button.setText(self.tr("Signed file for the &coordinator…"))
        self.empty.setText(
            self.tr("No intakes or referrals in this period yet: the charts appear when there are.")
        )
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _months(self) -> tuple[str, str]:
        first, last = self.first.date(), self.last.date()
        if first > last:
            first, last = last, first
        return first.toString("yyyy-MM"), last.toString("yyyy-MM")

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        run_in_background(
            lambda: collect_signals(self._session),
            self._counted,
            self._failed,
            context=self,
        )

    def _counted(self, counts: SignalCounts) -> None:
        self.refresh_button.setEnabled(True)
        self._counts = counts
        self._rebuild()

    def _failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Signals"), describe_error(error))

    def _rebuild(self) -> None:
        if self._counts is None:
            return
        first, last = self._months()
        self.report = build_report(self._counts, first, last, self.by.currentData() or "month")
        has_data = bool(self._counts.between(first, last).counts)
        self.empty.setVisible(not has_data)
        self.summary.setText("\n".join(f"• {line}" for line in self.report.summary))
        titles = self._chart_titles()
        for chart, (key, _title, by_column) in zip(self.charts, CHARTS, strict=True):
            table = self.report.tables[key]
            groups = (
                []
                if table.withheld
                else groups_from_table(table, by_column=by_column, row_names=LABELS)
            )
            chart.set_chart(titles[key], groups)
            chart.setVisible(has_data)

    def _chart_titles(self) -> dict[str, str]:
        return {
            "domains_over_time": self.tr("Intakes by life domain"),
            "barriers_by_domain": self.tr("Barriers met, per life domain"),
            "formal_informal": self.tr("Referrals to formal and informal help"),
            "mechanisms_over_time": self.tr("Non-take-up mechanisms marked"),
        }

    def _ask_path(self, caption: str, suggested: str, pattern: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, caption, suggested, pattern)
        return Path(name) if name else None

    def export_csv(self) -> None:
        from outreach_desk.core.signals.export import report_to_csv

        path = self._ask_path(self.tr("Export signals as CSV"), "signals.csv", "CSV (*.csv)")
        if path and self.report:
            path.write_text(report_to_csv(self.report), encoding="utf-8")

    def export_pdf(self) -> None:
        from outreach_desk.render.signals_report import write_signals_pdf

        path = self._ask_path(self.tr("Export signals report"), "signals.pdf", "PDF (*.pdf)")
        if path and self.report:
            try:
                write_signals_pdf(self.report, path)
            except Exception as error:  # shown to the person, never swallowed
                QMessageBox.warning(self, self.tr("Signals"), describe_error(error))

    def export_signed(self) -> None:
        from outreach_desk.core.device import device_identity
        from outreach_desk.core.signals.exchange import write_signal_file

        if self._session.is_training or self._counts is None:
            QMessageBox.information(
                self, self.tr("Signals"), self.tr("Training data is fictional: it is never sent.")
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Signed file for the coordinator"),
            self.tr(
                "This file holds raw monthly counts (small counts included, no names or text) "
                "so that your coordinator can add them to the team's figures. Give it only to "
                "your coordinator. Continue?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = self._ask_path(
            self.tr("Save signed signals"), f"signals-{date.today():%Y-%m}.json", "JSON (*.json)"
        )
        if path:
            first, last = self._months()
            identity = device_identity(self._session.vault)
            path.write_bytes(write_signal_file(self._counts.between(first, last), identity))

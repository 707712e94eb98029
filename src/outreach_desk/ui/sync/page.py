"""The Sync screen: status line on top, then tabs for syncing, colleagues, sharing and
conflicts. With the training vault open everything is switched off and says why."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from outreach_desk.core.errors import TrainingModeRefusal
from outreach_desk.core.session import Session
from outreach_desk.core.sync import service, settings
from outreach_desk.core.sync.errors import (
    TransportAuthFailed,
    TransportError,
    TransportInsecure,
    TransportServerFull,
    TransportUnreachable,
)
from outreach_desk.core.sync.syncrun import SyncReport
from outreach_desk.ui.clipboard import SensitiveClipboard
from outreach_desk.ui.errors import describe_error
from outreach_desk.ui.sync.background import AutoSync, SyncJob
from outreach_desk.ui.sync.conflicts_panel import ConflictsPanel
from outreach_desk.ui.sync.contacts_panel import ContactsPanel
from outreach_desk.ui.sync.sharing_panel import SharingPanel
from outreach_desk.ui.sync.target_panel import TargetPanel
from outreach_desk.ui.texts import format_datetime


class SyncPage(QWidget):
    def __init__(
        self,
        session: Session,
        clipboard: SensitiveClipboard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sync_page")
        self._session = session
        self.training = session.is_training
        self.last_error = ""
        self.banner = QLabel(wordWrap=True, objectName="sync_training_banner")
        self.banner.setStyleSheet("background: #fff4ce; padding: 8px; border-radius: 4px;")
        self.status = QLabel(wordWrap=True, objectName="sync_status")
        self.tabs = QTabWidget(objectName="sync_tabs")
        self.target = TargetPanel(session)
        self.contacts = ContactsPanel(session, clipboard or SensitiveClipboard(parent=self))
        self.sharing = SharingPanel(session)
        self.conflicts = ConflictsPanel(session)
        for panel in (self.target, self.contacts, self.sharing, self.conflicts):
            self.tabs.addTab(panel, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.job = SyncJob(session, self)
        self.auto = AutoSync(self.sync_now, self)
        self._connect()
        self.banner.setVisible(self.training)
        for panel in (self.target, self.contacts, self.sharing, self.conflicts):
            panel.setEnabled(not self.training)
        self.target.auto.setChecked(not self.training and settings.auto_sync_enabled(session))
        self.retranslate_ui()

    def _connect(self) -> None:
        self.target.sync_requested.connect(self.sync_now)
        self.target.saved.connect(self.update_status)
        self.target.auto.toggled.connect(self._auto_toggled)
        self.contacts.contacts_changed.connect(self.sharing.refresh)
        self.sharing.changed.connect(self.update_status)
        self.conflicts.resolved.connect(self.update_status)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)

    def retranslate_ui(self) -> None:
        self.banner.setText(
            self.tr(
                "Training: fictional families are never shared or synced. Everything on this "
                "screen is switched off."
            )
        )
        titles = (self.tr("&Sync"), self.tr("&Colleagues"), self.tr("S&haring"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---- syncing ------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """Starts a background pass; False when none could start (training, no target,
        one already running)."""
        if self.training or self.job.running:
            return False
        if settings.load_target(self._session) is None:
            self.last_error = self.tr("Choose where to sync first (a folder or a WebDAV address).")
            self.update_status()
            return False
        started = self.job.start()
        if started:
            self.target.set_busy(True, self.tr("Checking the connection…"))
        return started

    def _finished(self, report: SyncReport) -> None:
        self.target.set_busy(False)
        self.last_error = ""
        if report.problems:
            self.last_error = self.tr("{0} file(s) could not be imported: {1}").format(
                len(report.problems), "; ".join(report.problems[:3])
            )
        self.auto.report(True)
        self.sharing.refresh()
        self.conflicts.refresh()
        self.update_status()

    def _failed(self, error: BaseException) -> None:
        self.target.set_busy(False)
        self.last_error = self.plain_words(error)
        self.auto.report(False)
        self.update_status()

    def _progress(self, text: str) -> None:
        self.target.set_busy(True, self.progress_words(text))

    def progress_words(self, text: str) -> str:
        """The core reports progress in English; these are the steps it reports."""
        if text == "Checking the connection":
            return self.tr("Checking the connection…")
        if found := re.fullmatch(r"Sending (\d+) changes to (.+)", text):
            return self.tr("Sending {0} changes to {1}…").format(*found.groups())
        if found := re.fullmatch(r"Receiving (\d+) of (\d+)", text):
            return self.tr("Receiving file {0} of {1}…").format(*found.groups())
        return text

    def plain_words(self, error: BaseException) -> str:
        if isinstance(error, TransportUnreachable):
            text = self.tr("The sync folder or server cannot be reached; it will try again.")
        elif isinstance(error, TransportAuthFailed):
            text = self.tr("The server refused the user name or password.")
        elif isinstance(error, TransportServerFull):
            text = self.tr("The server or disk is full; ask for space to be freed.")
        elif isinstance(error, TransportInsecure):
            text = self.tr("The address must start with https:// to keep the password safe.")
        elif isinstance(error, TrainingModeRefusal):
            text = self.tr("Training: fictional families are never shared or synced.")
        elif isinstance(error, TransportError):
            text = self.tr("Sync failed.")
        else:
            return describe_error(error)
        return f"{text} ({error})"

    def _auto_toggled(self, on: bool) -> None:
        if self.training:
            return
        if on != settings.auto_sync_enabled(self._session):
            settings.set_auto_sync(self._session, on)
        if on:
            self.auto.start()
        else:
            self.auto.stop()

    # ---- status -------------------------------------------------------------------------
    def update_status(self) -> None:
        if not self._session.vault.is_open:  # locked: nothing to show, nothing to read
            return
        count = len(self.conflicts.items)
        self.tabs.setTabText(3, self.tr("C&onflicts ({0})").format(count))
        if self.training:
            self.status.setText(self.tr("Sync is off in training mode."))
            return
        status = settings.load_status(self._session)
        pending = sum(1 for _ in service.outbox(self._session))
        when = _local_time(status.last_success) or self.tr("never")
        parts = [
            self.tr("Last sync: {0}.").format(when),
            self.tr("Waiting to go out: {0}.").format(pending),
        ]
        error = self.last_error or status.error
        if error:
            parts.append(self.tr("Problem: {0}").format(error))
        self.status.setText(" ".join(parts))

    def lock(self) -> None:
        """Before the vault locks: no more automatic passes."""
        self.auto.stop()


def _local_time(iso: str) -> str:
    if not iso:
        return ""
    return format_datetime(iso)

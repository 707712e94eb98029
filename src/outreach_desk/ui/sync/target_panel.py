"""Where to sync (a folder, or a WebDAV folder with user and password kept in the vault),
"Sync now" with progress, and automatic sync."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.errors import OutreachError
from outreach_desk.core.session import Session
from outreach_desk.core.sync import settings
from outreach_desk.ui.errors import describe_error


class TargetPanel(QWidget):
    sync_requested = Signal()
    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.box = QGroupBox()
        self.use_folder, self.use_webdav = QRadioButton(), QRadioButton()
        self._kind = QButtonGroup(self)
        self._kind.addButton(self.use_folder)
        self._kind.addButton(self.use_webdav)
        self.folder = QLineEdit(objectName="sync_folder")
        self.browse = QPushButton()
        self.url = QLineEdit(objectName="sync_url", placeholderText="https://")
        self.user = QLineEdit(objectName="sync_user")
        self.password = QLineEdit(objectName="sync_password", echoMode=QLineEdit.EchoMode.Password)
        self.save_button = QPushButton()
        self.sync_button = QPushButton(objectName="sync_now")
        self.auto = QCheckBox(objectName="auto_sync")
        self.progress = QProgressBar(objectName="sync_progress", textVisible=False)
        self.progress.setRange(0, 0)  # a pass has no known length: a busy indicator
        self.progress.hide()
        self.progress_text = QLabel(objectName="sync_progress_text")
        self.problem = QLabel(wordWrap=True)
        self._build()
        self.browse.clicked.connect(self._browse)
        self.save_button.clicked.connect(self.save)
        self.sync_button.clicked.connect(self.sync_requested.emit)
        self._kind.buttonToggled.connect(lambda *_: self._update_fields())
        self.retranslate_ui()
        self.load()

    def _build(self) -> None:
        form = QFormLayout(self.box)
        kinds = QHBoxLayout()
        kinds.addWidget(self.use_folder)
        kinds.addWidget(self.use_webdav)
        kinds.addStretch(1)
        form.addRow(kinds)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.folder_label, self.url_label = QLabel(), QLabel()
        self.user_label, self.password_label = QLabel(), QLabel()
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.url_label, self.url)
        form.addRow(self.user_label, self.user)
        form.addRow(self.password_label, self.password)
        for label, field in (
            (self.folder_label, self.folder),
            (self.url_label, self.url),
            (self.user_label, self.user),
            (self.password_label, self.password),
        ):
            label.setBuddy(field)  # fmt: skip
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)
        actions = QHBoxLayout()
        actions.addWidget(self.sync_button)
        actions.addWidget(self.auto)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def retranslate_ui(self) -> None:
        self.box.setTitle(self.tr("Sync through"))
        self.use_folder.setText(self.tr("A shared &folder (network drive, USB stick)"))
        self.use_webdav.setText(self.tr("A &WebDAV folder (e.g. Nextcloud)"))
        self.folder_label.setText(self.tr("F&older:"))
        self.browse.setText(self.tr("&Browse…"))
        self.url_label.setText(self.tr("&Address:"))
        self.user_label.setText(self.tr("&User:"))
        self.password_label.setText(self.tr("&Password:"))
        self.password.setPlaceholderText(self.tr("kept encrypted in the vault"))
        self.save_button.setText(self.tr("&Save"))
        self.sync_button.setText(self.tr("Sync &now"))
        self.auto.setText(self.tr("Sync &automatically when a connection is available"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def load(self) -> None:
        target = settings.load_target(self._session)
        webdav = target is not None and target.kind == settings.WEBDAV
        (self.use_webdav if webdav else self.use_folder).setChecked(True)
        if target is not None:
            (self.url if webdav else self.folder).setText(target.location)
            self.user.setText(target.user)
        self._update_fields()

    def save(self) -> bool:
        try:
            if self.use_folder.isChecked():
                settings.save_folder_target(self._session, self.folder.text().strip())
            else:
                stored = settings.load_target(self._session)
                password = self.password.text() or (stored.password if stored else "")
                settings.save_webdav_target(
                    self._session, self.url.text(), self.user.text(), password
                )
        except OutreachError as error:
            self.problem.setText(describe_error(error))
            return False
        self.password.clear()
        self.problem.setText(self.tr("Saved."))
        self.saved.emit()
        return True

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.progress_text.setText(text)
        self.sync_button.setEnabled(not busy)

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder to sync through"))
        if path:
            self.folder.setText(path)

    def _update_fields(self) -> None:
        folder = self.use_folder.isChecked()
        for widget in (self.folder, self.browse):
            widget.setEnabled(folder)
        for widget in (self.url, self.user, self.password):
            widget.setEnabled(not folder)

"""Passphrase + confirmation with live strength feedback (used at creation and after
unlocking with the recovery code)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from outreach_desk.core.passphrase import MIN_LENGTH, estimate
from outreach_desk.ui.texts import passphrase_hint, strength_label

_COLOURS = ("#b00020", "#d35400", "#b7950b", "#2e7d32", "#1b5e20")


class PassphraseFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.confirmation = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirmation.setObjectName("confirmation")
        self.meter = QProgressBar(minimum=0, maximum=4, textVisible=True)
        self.feedback = QLabel(wordWrap=True)
        self.feedback.setObjectName("strength_feedback")
        self.mismatch = QLabel(wordWrap=True)
        self.mismatch.setStyleSheet("color: #b00020")
        self._passphrase_label = QLabel()
        self._confirm_label = QLabel()
        self._passphrase_label.setBuddy(self.passphrase)
        self._confirm_label.setBuddy(self.confirmation)
        form = QFormLayout(self)
        form.addRow(self._passphrase_label, self.passphrase)
        form.addRow(self._confirm_label, self.confirmation)
        form.addRow(self.meter)
        form.addRow(self.feedback)
        form.addRow(self.mismatch)
        self.passphrase.textChanged.connect(self._update)
        self.confirmation.textChanged.connect(self._update)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._passphrase_label.setText(self.tr("&Passphrase:"))
        self._confirm_label.setText(self.tr("&Repeat it:"))
        self.passphrase.setPlaceholderText(self.tr("for example: four unrelated words"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def value(self) -> str:
        return self.passphrase.text()

    def is_acceptable(self) -> bool:
        text = self.passphrase.text()
        return len(text) >= MIN_LENGTH and text == self.confirmation.text()

    def _update(self) -> None:
        text = self.passphrase.text()
        strength = estimate(text)
        self.meter.setValue(strength.score if text else 0)
        self.meter.setFormat(strength_label(strength.score) if text else "")
        colour = _COLOURS[strength.score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        hints = [passphrase_hint(code) for code in strength.hints] if text else []
        self.feedback.setText("\n".join(hints))
        mismatch = bool(self.confirmation.text()) and self.confirmation.text() != text
        self.mismatch.setText(self.tr("The two passphrases differ.") if mismatch else "")
        self.changed.emit()

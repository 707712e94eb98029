"""The appointment sheet panel: from a referral of the selected family, or on its own (a
service found on the social map, or an agency name typed in). Every field stays editable;
the referral and the service only fill them in."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QTime, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from outreach_desk.core.casefile import FamilyStore
from outreach_desk.core.errors import OutreachError, ValidationError
from outreach_desk.core.glossary import Glossary, bundled_glossary
from outreach_desk.core.referrals import Referral, ReferralStore
from outreach_desk.core.session import Session
from outreach_desk.core.socialmap import SocialMap
from outreach_desk.core.socialmap.model import Service
from outreach_desk.render.appointment_sheet import (
    AppointmentInput,
    appointment_from_service,
    write_appointment_sheet,
)
from outreach_desk.ui.interpreters.appointment_form import AppointmentForm, lines
from outreach_desk.ui.interpreters.glossary_panel import language_combo

SEARCH_DELAY_MS = 200
SERVICE_LIMIT = 30


class AppointmentPanel(AppointmentForm):
    def __init__(
        self, session: Session, glossary: Glossary | None = None, parent: QWidget | None = None
    ) -> None:
        self.glossary = glossary or bundled_glossary()
        self.family_lang = language_combo(self.glossary, "ar")
        self.agency_lang = language_combo(self.glossary, "fr")
        super().__init__(parent)
        self.setObjectName("appointment_panel")
        self._session = session
        self._map: SocialMap | None = None
        self._family_id: str | None = None
        self._referrals: list[Referral] = []
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._connect()
        self.retranslate_ui()
        self._source_changed()

    def _connect(self) -> None:
        self.source_group.buttonToggled.connect(lambda *_: self._source_changed())
        self.referral_combo.currentIndexChanged.connect(self._referral_chosen)
        self.service_search.textChanged.connect(lambda _text: self._timer.start())
        self._timer.timeout.connect(self.search_services)
        self.service_combo.currentIndexChanged.connect(self._service_chosen)
        self.save_button.clicked.connect(self.save_sheet)

    # --- the family and its referrals --------------------------------------------------
    def show_family(self, family_id: str | None, *_label: object) -> None:
        self._family_id = family_id
        self._referrals = []
        if family_id and self._session.vault.is_open:
            self._referrals = ReferralStore(self._session.vault).for_family(family_id)
            self._prefill_family_language(family_id)
        self.referral_combo.blockSignals(True)
        self.referral_combo.clear()
        for referral in self._referrals:
            when = f" — {referral.appointment_at}" if referral.appointment_at else ""
            self.referral_combo.addItem(f"{referral.service_name}{when}", referral.id)
        # With a placeholder text the combo stays on "no choice"; the first referral is
        # the likeliest one.
        self.referral_combo.setCurrentIndex(0 if self._referrals else -1)
        self.referral_combo.blockSignals(False)
        self.retranslate_ui()
        if self._referrals:
            self.from_referral.setChecked(True)
            self._referral_chosen()
        else:
            self.on_its_own.setChecked(True)
        self._source_changed()

    def _prefill_family_language(self, family_id: str) -> None:
        try:
            languages = FamilyStore(self._session.vault).get(family_id).languages
        except OutreachError:
            return
        for code in languages:
            if (index := self.family_lang.findData(code)) >= 0:
                self.family_lang.setCurrentIndex(index)
                return

    def _referral(self) -> Referral | None:
        index = self.referral_combo.currentIndex()
        return self._referrals[index] if 0 <= index < len(self._referrals) else None

    def _referral_chosen(self) -> None:
        referral = self._referral()
        if referral is None:
            return
        self.request_edit.setText(referral.request.question)
        service = self._service(referral.service_id)
        extra = service.required_documents if service else ()
        self.documents_edit.setPlainText(
            "\n".join(dict.fromkeys([*referral.request.documents, *extra]))
        )
        if (index := self.agency_lang.findData(referral.agency_language)) >= 0:
            self.agency_lang.setCurrentIndex(index)
        if referral.appointment_at:
            self._set_when(referral.appointment_at)

    def _set_when(self, iso: str) -> None:
        try:
            moment = datetime.fromisoformat(iso)
        except ValueError:
            return
        time = QTime(moment.hour, moment.minute) if "T" in iso else self.when_edit.time()
        self.when_edit.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day), time))

    # --- a service from the social map --------------------------------------------------
    def _social_map(self) -> SocialMap:
        if self._map is None:
            self._map = SocialMap.open(self._session.vault.data_dir)
        return self._map

    def _service(self, service_id: str) -> Service | None:
        if not service_id:
            return None
        try:
            return self._social_map().get(service_id)
        except OutreachError:
            return None  # not (or no longer) on the map: the typed-in facts still print

    def search_services(self) -> None:
        self._timer.stop()
        query = self.service_search.text().strip()
        hits = self._social_map().search(query, limit=SERVICE_LIMIT) if query else []
        self.service_combo.blockSignals(True)
        self.service_combo.clear()
        self.service_combo.addItem(self.tr("— none: use the agency name typed below —"), "")
        for hit in hits:
            self.service_combo.addItem(hit.service.name.get("fr"), hit.service.id)
        self.service_combo.setCurrentIndex(1 if hits else 0)
        self.service_combo.blockSignals(False)
        self._service_chosen()

    def _service_chosen(self) -> None:
        service = self._service(self.service_combo.currentData() or "")
        if service is not None:
            self.documents_edit.setPlainText("\n".join(service.required_documents))

    def _source_changed(self) -> None:
        own = self.on_its_own.isChecked()
        self.referral_combo.setEnabled(not own and bool(self._referrals))
        for widget in (
            self.service_search,
            self.service_combo,
            self.agency_name,
            self.agency_address,
        ):
            widget.setEnabled(own)

    # --- the sheet ----------------------------------------------------------------------
    def appointment_input(self) -> AppointmentInput:
        moment = self.when_edit.dateTime()
        date, time = moment.date(), moment.time()
        fields: dict[str, Any] = {
            "when": datetime(date.year(), date.month(), date.day(), time.hour(), time.minute()),
            "who": [w.strip() for w in self.who_edit.text().split(",") if w.strip()],
            "request": self.request_edit.text().strip(),
            "questions": lines(self.questions_edit),
        }
        langs = {
            "agency_lang": self.agency_lang.currentData(),
            "family_lang": self.family_lang.currentData(),
        }
        referral = self._referral() if self.from_referral.isChecked() else None
        if referral is not None:
            service = self._service(referral.service_id)
            fields["domains"] = list(referral.domains)
            name, address = referral.service_name, ""
        else:
            service = self._service(self.service_combo.currentData() or "")
            name, address = self.agency_name.text().strip(), self.agency_address.text().strip()
        if service is not None:
            data = appointment_from_service(service, **langs, **fields)
            # The worker's list is the one printed: a document they removed stays removed.
            return replace(data, documents=lines(self.documents_edit))
        if not name:
            raise ValidationError(
                self.tr(
                    "Choose a referral or a service, or type the agency's name, then save again."
                )
            )
        return AppointmentInput(
            agency_name=name,
            agency_address=address,
            documents=lines(self.documents_edit),
            **langs,
            **fields,
        )

    def save_sheet(self) -> Path | None:
        try:
            data = self.appointment_input()
        except OutreachError as error:
            QMessageBox.warning(self, self.tr("Appointment sheet not saved"), str(error))
            return None
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save appointment sheet (PDF, not encrypted)"),
            "appointment.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if not path:
            return None
        try:
            return write_appointment_sheet(data, Path(path), glossary=self.glossary)
        except (OutreachError, OSError) as error:
            QMessageBox.warning(self, self.tr("Appointment sheet not saved"), str(error))
            return None

    def lock(self) -> None:
        if self._map is not None:
            self._map.close()
            self._map = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

"""Translators: the app's own strings and Qt's standard ones (buttons, dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from outreach_desk.core.resources import translations_dir

SUPPORTED_LANGUAGES = ("nl", "fr", "en", "ar")
RTL_LANGUAGES = ("ar",)

_installed: list[QTranslator] = []
_LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB", "ar": "ar_MA"}  # as in Brussels
_direction_set = False


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in SUPPORTED_LANGUAGES else "en"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Swap in the translators for ``lang``; a missing .qm file just leaves English text.

    Installing a translator sends QEvent.LanguageChange to every widget, whose
    ``retranslate_ui`` then updates the text live.
    """
    # Dates, times and numbers follow the chosen language too (QDateEdit, formatted dates,
    # and the texts' language for data labels such as life domains).
    QLocale.setDefault(QLocale(_LOCALES.get(lang, lang)))
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    candidates = (
        (translations_dir(), f"outreach_desk_{lang}"),
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}"),
    )
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    rtl = lang in RTL_LANGUAGES
    global _direction_set
    if not rtl and not _direction_set:
        return list(_installed)  # Qt starts left-to-right; skipping spares start-up time
    _direction_set = True
    from PySide6.QtCore import Qt  # loading the Qt namespace costs ~50 ms: only when needed

    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    return list(_installed)

"""Small HTML helpers shared by the printed documents.

QTextDocument understands a subset of HTML 4 and CSS 2: tables, ``align``, ``dir``,
font sizes and colours; no flexbox, no positioned boxes. Keep document HTML that simple.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

RTL_LANGUAGES = frozenset({"ar", "prs", "fa", "ur", "he"})

# Every printed document leaves the encrypted vault; say so on the page itself.
PLAINTEXT_NOTICE: dict[str, str] = {
    "en": "Plaintext export: this document is not encrypted and anyone holding it can read it. "
    "Keep it safe, give it only to the person it is for, and destroy it when it is no longer "
    "needed.",
    "nl": "Onversleutelde export: dit document is niet versleuteld en wie het in handen heeft, "
    "kan het lezen. Bewaar het veilig, geef het alleen aan wie het nodig heeft en vernietig het "
    "als het niet meer nodig is.",
    "fr": "Export en clair : ce document n'est pas chiffré et toute personne qui l'a en main "
    "peut le lire. Conservez-le en lieu sûr, ne le remettez qu'à la personne concernée et "
    "détruisez-le quand il n'est plus utile.",
    "ar": "نسخة غير مشفّرة: هذه الوثيقة غير محمية بالتشفير، ويستطيع أي شخص يحملها أن يقرأها. "
    "احفظها في مكان آمن، ولا تعطها إلا للشخص المعني، وأتلفها عندما لا تعود بحاجة إليها.",
}

_STYLE = """
body { font-family: 'Noto Sans', 'Noto Sans Arabic'; font-size: 10.5pt; color: #111111; }
h1 { font-size: 15pt; margin-bottom: 4px; }
h2 { font-size: 12.5pt; margin-top: 14px; margin-bottom: 4px; }
p.notice { font-size: 8.5pt; color: #444444; }
td, th { padding: 4px; }
th { background-color: #e8e8e8; }
"""


def html_escape(text: str) -> str:
    """Escape text for HTML and keep the line breaks a person typed."""
    return html.escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br>")


def is_rtl(lang: str) -> bool:
    return lang.split("-")[0].lower() in RTL_LANGUAGES


def direction(lang: str) -> str:
    return "rtl" if is_rtl(lang) else "ltr"


def plaintext_notice_html(langs: Sequence[str]) -> str:
    """The "not encrypted" warning, once per language (English when none is known)."""
    known = [lang for lang in dict.fromkeys(langs) if lang in PLAINTEXT_NOTICE] or ["en"]
    paragraphs = []
    for lang in known:
        align = "right" if is_rtl(lang) else "left"
        paragraphs.append(
            f'<p class="notice" dir="{direction(lang)}" align="{align}">'
            f"{html_escape(PLAINTEXT_NOTICE[lang])}</p>"
        )
    return "\n".join(paragraphs)


def _title_html(text: str, lang: str) -> str:
    align = "right" if is_rtl(lang) else "left"
    return f'<h1 dir="{direction(lang)}" align="{align}">{html_escape(text)}</h1>'


def html_page(
    title: str,
    body_html: str,
    *,
    lang: str = "en",
    notice_langs: Sequence[str] | None = None,
    translated_titles: Sequence[tuple[str, str]] = (),
) -> str:
    """A complete HTML page: the plaintext-export notice, the title, then ``body_html``.

    ``body_html`` is trusted markup built by the caller; escape every user value in it with
    :func:`html_escape`. The page direction follows ``lang`` (Arabic and Dari are right-to-left).
    ``translated_titles`` are (text, lang) pairs printed under the title, each aligned
    to its own reading direction.
    """
    align = "right" if is_rtl(lang) else "left"
    notice = plaintext_notice_html(list(notice_langs) if notice_langs else [lang])
    return (
        f'<html lang="{html_escape(lang)}" dir="{direction(lang)}"><head>'
        f"<title>{html_escape(title)}</title><style>{_STYLE}</style></head>"
        f'<body dir="{direction(lang)}">'
        f"{notice}<hr>"
        f'<h1 align="{align}">{html_escape(title)}</h1>'
        + "".join(_title_html(text, other) for text, other in translated_titles)
        + f"{body_html}</body></html>"
    )


def visual_column_order(langs: Sequence[str]) -> list[str]:
    """Left-to-right order of one column per language on the page.

    Left-to-right languages keep their order from the left edge; right-to-left languages
    start from the right edge, so an Arabic reader meets the Arabic column first and a
    French reader the French one. (Qt's text layout does not mirror table columns itself.)
    """
    ltr = [lang for lang in langs if not is_rtl(lang)]
    rtl = [lang for lang in langs if is_rtl(lang)]
    return ltr + rtl[::-1]


def lang_cell(inner_html: str, lang: str, *, tag: str = "td", width: str = "") -> str:
    """A table cell whose direction and alignment follow its language."""
    align = "right" if is_rtl(lang) else "left"
    width_attr = f' width="{width}"' if width else ""
    return (
        f'<{tag} dir="{direction(lang)}" align="{align}" lang="{html_escape(lang)}"'
        f' valign="top"{width_attr}>{inner_html}</{tag}>'
    )

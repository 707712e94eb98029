"""``outreach-desk glossary ...``: look up and print the multilingual glossary (no vault)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from outreach_desk.commands._common import (
    CliError,
    ExitCode,
    add_data_dir_argument,
    handles_errors,
    print_json,
)
from outreach_desk.core.glossary import GlossaryEntry, SearchHit, bundled_glossary

DEFAULT_SHOWN = ("nl", "fr", "en", "ar")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    glossary = subparsers.add_parser(
        "glossary", help="multilingual glossary of Brussels social-service terms"
    )
    add_data_dir_argument(glossary)
    commands = glossary.add_subparsers(dest="glossary_command", metavar="ACTION", required=True)

    search = commands.add_parser("search", help="find a term in any language")
    add_data_dir_argument(search)
    search.add_argument("term", help='e.g. "CPAS", "aide medicale", "المساعدة الطبية"')
    search.add_argument("--lang", help="only match in this language (nl, fr, en, ar, ...)")
    search.add_argument("--show", help="languages to print, comma-separated (default nl,fr,en,ar)")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--explain", action="store_true", help="print the explanations too")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=handles_errors(_search))

    show = commands.add_parser("show", help="one entry with every language and explanation")
    add_data_dir_argument(show)
    show.add_argument("entry_id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=handles_errors(_show))

    coverage = commands.add_parser("coverage", help="terms and reviews per language")
    add_data_dir_argument(coverage)
    coverage.add_argument("--json", action="store_true")
    coverage.set_defaults(handler=handles_errors(_coverage))

    pdf = commands.add_parser("pdf", help="print the glossary as a PDF (plaintext export)")
    add_data_dir_argument(pdf)
    pdf.add_argument("out", type=Path, help="PDF file to write")
    pdf.add_argument("--langs", default="nl,fr", help="columns, comma-separated (e.g. nl,ar)")
    pdf.add_argument("--domain", action="append", default=[], help="only this life domain")
    pdf.add_argument("--json", action="store_true")
    pdf.set_defaults(handler=handles_errors(_pdf))


def _langs(value: str) -> list[str]:
    langs = [part.strip() for part in value.split(",") if part.strip()]
    if not langs:
        raise CliError("give at least one language, e.g. --langs nl,ar", ExitCode.USAGE)
    for lang in langs:
        bundled_glossary().language(lang)
    return langs


def entry_dict(entry: GlossaryEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "domain": entry.domain,
        "terms": dict(entry.terms),
        "explanations": dict(entry.explanations),
        "review": dict(entry.review),
    }


def _hit_dict(hit: SearchHit) -> dict[str, Any]:
    return {"matched_lang": hit.lang, "score": hit.score, **entry_dict(hit.entry)}


def _print_entry(entry: GlossaryEntry, langs: list[str], explain: bool = False) -> None:
    print(f"{entry.id}  [{entry.domain}]")
    for lang in langs:
        term = entry.term(lang)
        if term is None:
            continue
        marker = "" if entry.is_reviewed(lang) else "  (needs review)"
        print(f"  {lang:>3}: {term}{marker}")
        explanation = entry.explanation(lang)
        if explain and explanation:
            print(f"       {explanation}")


def _search(args: argparse.Namespace) -> int:
    glossary = bundled_glossary()
    hits = glossary.search(args.term, lang=args.lang, limit=args.limit)
    if args.json:
        print_json([_hit_dict(hit) for hit in hits])
        return 0
    if not hits:
        print(f"No glossary entry matches {args.term!r}.")
        return 0
    shown = _langs(args.show) if args.show else list(DEFAULT_SHOWN)
    for hit in hits:
        _print_entry(hit.entry, list(dict.fromkeys([*shown, hit.lang])), explain=args.explain)
    return 0


def _show(args: argparse.Namespace) -> int:
    glossary = bundled_glossary()
    entry = glossary.get(args.entry_id)
    if args.json:
        print_json(entry_dict(entry))
    else:
        _print_entry(entry, [language.code for language in glossary.languages], explain=True)
    return 0


def _coverage(args: argparse.Namespace) -> int:
    glossary = bundled_glossary()
    coverage = glossary.coverage()
    if args.json:
        print_json({"entries": len(glossary), "languages": coverage})
        return 0
    print(f"{len(glossary)} entries")
    for language in glossary.languages:
        counts = coverage[language.code]
        print(
            f"  {language.code:>3} {language.name}: {counts['terms']} terms, "
            f"{counts['reviewed']} reviewed"
        )
    return 0


def _pdf(args: argparse.Namespace) -> int:
    from outreach_desk.render.glossary_pdf import write_glossary_pdf

    langs = _langs(args.langs)
    path = write_glossary_pdf(args.out, langs, domains=args.domain or None)
    if args.json:
        print_json({"path": str(path), "langs": langs})
    else:
        print(f"Glossary written to {path} (plaintext: keep it safe).")
    return 0

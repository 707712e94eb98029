"""Qt-based document rendering: bundled fonts, HTML to PDF, and the printed sheets.

Kept outside ``outreach_desk.core`` because it needs Qt (QTextDocument, QPdfWriter);
the core hands plain data to these functions and never imports them.
"""

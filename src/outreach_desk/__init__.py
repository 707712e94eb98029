"""Outreach Desk: encrypted case notes, a Brussels social map and help requests, offline first."""

__version__ = "0.1.0"
APP_NAME = "OutreachDesk"

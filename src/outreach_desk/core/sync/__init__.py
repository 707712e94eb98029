"""Sync: device identity, contact cards, encrypted signed bundles, clocks and transports.

Storage-agnostic: nothing here reads or writes the vault; callers pass keys, contacts and
operations in and get bytes or typed errors back.
"""

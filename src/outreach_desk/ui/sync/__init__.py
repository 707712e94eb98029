"""The Sync screen: identity and colleagues, sharing and handover, sync target, conflicts."""

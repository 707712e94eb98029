"""Training mode screens: the case list and detail, the debrief, presentation mode and the
"Open training" entry point. Everything shown comes from ``core.training``; nothing here
ever reads or writes a real vault."""

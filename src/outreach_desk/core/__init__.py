"""The headless heart of Outreach Desk. Nothing in this package may import Qt."""

"""Timed scenarios for Outreach Desk at realistic scale. Run ``python -m benchmarks``;
see benchmarks/README.md for what each figure means and the latest results."""

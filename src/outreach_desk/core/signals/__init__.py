"""Anonymous, aggregated signals for policy: counts only, small counts suppressed."""

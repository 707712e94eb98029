"""CLI sub-commands, one module per feature; each defines ``register(subparsers)``."""

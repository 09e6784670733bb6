"""Subcommands: each module defines NAME, HELP, configure(parser) and run(args) -> int."""

"""Commands of the ``custody`` group that live outside ``custody/cli.py``.

Each area (happenings, the server and exports, archives and Spark) keeps its
commands in a module of this package that defines ``COMMANDS``, a list of
``click.Command``. A module imports only click (and custody's light modules) at
its top: heavy libraries (FastAPI, pyarrow, pyspark, ...) are imported inside
the command, so ``custody extract`` starts as fast as before.
"""

from __future__ import annotations

import importlib

import click

# One line per area; keep the list sorted.
MODULES: list[str] = ["happenings", "serve", "spark"]


def register(group: click.Group) -> None:
    """Add every area's commands to ``group``."""
    for name in MODULES:
        module = importlib.import_module(f"custody.commands.{name}")
        for command in module.COMMANDS:
            group.add_command(command)

"""`python -m custody ...`: the same commands as the `custody` script."""

from custody.cli import main

main(prog_name="custody")

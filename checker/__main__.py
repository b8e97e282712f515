"""python -m checker runs the claimcheck command line."""

from checker.cli import main

main(prog_name="claimcheck")

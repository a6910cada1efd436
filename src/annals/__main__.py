"""`python -m annals` runs the command line."""

from annals.cli import main

main()

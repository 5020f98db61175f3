"""`python -m semdiff` runs the command line."""

from semdiff.cli import main

main()

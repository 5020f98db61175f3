"""`python -m bench.accuracy`: see cli.py for the options."""

from .cli import main

raise SystemExit(main())

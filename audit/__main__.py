"""`python -m audit` runs the provaudit command line."""

from audit.cli import main

raise SystemExit(main())

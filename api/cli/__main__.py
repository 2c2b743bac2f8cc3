"""`python -m api.cli` runs `kpl`."""

import sys

from api.cli import main

sys.exit(main())

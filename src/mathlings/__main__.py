"""`python -m mathlings` is the `mathlings` command."""

import sys

from mathlings.cli import main

sys.exit(main())

"""`python -m bot` is the same as the `mentorbot` script."""

import sys

from bot.cli import main

sys.exit(main())

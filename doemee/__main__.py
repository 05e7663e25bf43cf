import sys

from doemee.cli import main

sys.exit(main())

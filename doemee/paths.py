"""Default locations of what runs produce (all under data/, ignored by git)."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("DOEMEE_DATA", PROJECT_ROOT / "data"))
DEFAULT_DB = DATA_DIR / "catalogue.db"
SITE_DIR = DATA_DIR / "site"
LIVE_BASE_URL = "https://www.ikdoemee.be"

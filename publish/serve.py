"""Serve the published site so that every request sees exactly one build.

``doemee publish`` writes each build into its own immutable directory and switches the site
symlink atomically (see ``publish/build.py``). Plain ``datasette -i site/catalogue.db`` cannot
follow such a switch correctly: it opens the database once per SQL thread, so after a switch
threads that already had a connection keep reading the old build while new threads open the
new one — one page (whose count, facets and rows run on different threads) could mix builds,
and the metadata, inspect counts and feed index would stay those of the old build.

So this server holds one Datasette instance per build, each pinned to the *resolved* build
directory (database, inspect file, metadata, templates, feeds). A watcher polls the site
symlink; when it points to a new build, a fresh instance is created, warmed up with a few
requests (templates, connections, schemas) and only then put in place, atomically for the
event loop. Requests already running finish on the old instance, which is retired once it is
idle (its SQL threads and connections closed). A build that fails to load or to answer its
warm-up is not switched to: the old one keeps serving.

Run: ``python -m publish.serve --dir data/site --port 8001`` (what ``doemee serve`` does).
With ``--workers N`` (default: one per CPU, at most 4) uvicorn runs N processes on one socket;
each follows the symlink on its own, so each request is still answered from one build.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger("publish.serve")

WARM_UP_PATHS = ("/", "/catalogue/activiteiten?_size=1", "/feeds")
RETIRE_AFTER_S = 60.0     # longest a retiring instance waits for its requests to end
RETRY_FAILED_S = 10.0     # a build that failed to load is retried after this long


@dataclass
class Slot:
    build: Path
    datasette: Any
    app: Any
    inflight: int = 0


def datasette_for(build: Path):
    """A read-only Datasette for one build directory (all paths inside that directory)."""
    from datasette.app import Datasette

    def load(name: str) -> Any:
        return json.loads((build / name).read_text(encoding="utf-8"))

    return Datasette(
        [], immutables=[str(build / "catalogue.db")],
        inspect_data=load("inspect.json"), metadata=load("metadata.json"),
        settings=load("settings.json"), template_dir=str(build / "templates"),
        plugins_dir=str(build / "plugins"),
    )


class SwitchingApp:
    """ASGI app: routes each request to the Datasette of the site's current build."""

    def __init__(self, site_dir: str | Path, poll_interval: float = 0.25):
        self.site = Path(os.path.abspath(site_dir))
        self.poll_interval = poll_interval
        self.slot: Slot | None = None
        self._watcher: asyncio.Task | None = None
        self._failed: dict[Path, float] = {}
        self._retiring: set[asyncio.Task] = set()

    def target(self) -> Path:
        return Path(os.path.realpath(self.site))

    async def load(self, build: Path) -> Slot:
        import httpx

        ds = datasette_for(build)
        app = ds.app()
        await ds.invoke_startup()
        slot = Slot(build, ds, app)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://warm-up") as client:
            for path in WARM_UP_PATHS:
                response = await client.get(path)
                if response.status_code != 200:
                    self._close(slot)
                    raise RuntimeError(f"warm-up {path} answered {response.status_code}")
        return slot

    async def start(self) -> None:
        self.slot = await self.load(self.target())
        log.info("serving build %s", self.slot.build.name)
        self._watcher = asyncio.create_task(self._watch())

    async def stop(self) -> None:
        if self._watcher:
            self._watcher.cancel()
        if self.slot:
            self._close(self.slot)

    async def check(self) -> bool:
        """Switch to the site's current build if it changed. True when a switch happened."""
        target = self.target()
        current = self.slot
        if current is None or target == current.build or not target.is_dir():
            return False
        if time.monotonic() < self._failed.get(target, 0.0):
            return False
        try:
            new = await self.load(target)
        except Exception as exc:        # a broken build never replaces a working one
            log.error("build %s not served, keeping %s: %s", target.name,
                      current.build.name, exc)
            self._failed[target] = time.monotonic() + RETRY_FAILED_S
            return False
        if self.slot is not current:    # switched meanwhile
            self._close(new)
            return False
        self.slot = new
        log.info("switched from build %s to %s", current.build.name, new.build.name)
        task = asyncio.create_task(self._retire(current))
        self._retiring.add(task)
        task.add_done_callback(self._retiring.discard)
        return True

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(self.poll_interval)
            try:
                await self.check()
            except Exception:           # the watcher must never die
                log.exception("watching %s failed", self.site)

    async def _retire(self, slot: Slot) -> None:
        deadline = time.monotonic() + RETIRE_AFTER_S
        while slot.inflight and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        self._close(slot)

    @staticmethod
    def _close(slot: Slot) -> None:
        executor = slot.datasette.executor
        if executor is not None:
            executor.shutdown(wait=False)
        for db in slot.datasette.databases.values():
            if db.path:
                db.close()

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        slot = self.slot
        if slot is None:
            await self.start()
            slot = self.slot
        slot.inflight += 1
        try:
            await slot.app(scope, receive, send)
        finally:
            slot.inflight -= 1

    async def _lifespan(self, receive, send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.start()
                except Exception as exc:
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.stop()
                await send({"type": "lifespan.shutdown.complete"})
                return


SITE_ENV = "DOEMEE_SERVE_DIR"
POLL_ENV = "DOEMEE_SERVE_POLL"


def create_app() -> SwitchingApp:
    """App factory for uvicorn worker processes (each follows the symlink on its own)."""
    return SwitchingApp(os.environ[SITE_ENV], float(os.environ.get(POLL_ENV, "0.25")))


def port_taken(host: str, port: int) -> str | None:
    """Why the server could not listen on ``host:port`` (None when it can): checked before
    uvicorn starts, so a taken port is one clear line instead of start-up logs and a traceback."""
    import socket
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)   # as uvicorn binds
        try:
            probe.bind((host, port))
        except OSError as exc:
            return (f"Poort {port} op {host} is niet beschikbaar ({exc.strerror}); kies een andere met "
                    f"--port. / Port {port} on {host} is not available ({exc.strerror}); choose "
                    f"another with --port.")
    return None


def refusal(site: Path, host: str, port: int) -> str | None:
    """Why the site cannot be served (None when it can): no published site, or a taken port —
    one line, said before anything starts (by ``doemee serve`` before it logs, and here)."""
    if not (Path(site) / "catalogue.db").exists():
        return (f"Geen gepubliceerde site in {site}; voer eerst 'doemee publish' uit. / "
                f"No published site in {site}; run 'doemee publish' first.")
    return port_taken(host, port)


def main(argv: list[str] | None = None) -> int:
    import uvicorn

    parser = argparse.ArgumentParser(prog="python -m publish.serve",
                                     description="serve the published catalogue (read-only)")
    parser.add_argument("--dir", required=True, help="site directory (the symlink)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--poll", type=float, default=0.25,
                        help="seconds between checks for a new build (default: %(default)s)")
    parser.add_argument("--access-log", action="store_true", help="log every request")
    parser.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1),
                        help="server processes (default: one per CPU, at most 4)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    site = Path(args.dir)
    refused = refusal(site, args.host, args.port)
    if refused:
        print(refused, file=sys.stderr)
        return 2
    if args.workers > 1:
        os.environ[SITE_ENV] = os.path.abspath(site)
        os.environ[POLL_ENV] = str(args.poll)
        uvicorn.run("publish.serve:create_app", factory=True, workers=args.workers,
                    host=args.host, port=args.port, lifespan="on",
                    access_log=args.access_log, log_level="info")
    else:
        uvicorn.run(SwitchingApp(site, args.poll), host=args.host, port=args.port,
                    lifespan="on", access_log=args.access_log, log_level="info")
    return 0


if __name__ == "__main__":
    sys.exit(main())

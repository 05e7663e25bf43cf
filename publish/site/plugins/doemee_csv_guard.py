"""Spreadsheet formula injection in Datasette's own CSV export.

A scraped title such as ``=HYPERLINK("http://…";"Klik")`` becomes a live formula when a
coordinator opens an exported list in Excel or LibreOffice. The audit's CSV files already
neutralise such cells (``publish.text.spreadsheet_safe``); this ASGI wrapper does the same for
every ``.csv`` response Datasette streams: each complete CSV record is read back, every cell a
spreadsheet would evaluate gets a leading apostrophe, and the record is written again — still
streaming, so a 100,000-row export does not sit in memory.
"""
from __future__ import annotations

import codecs
import csv
import io

from datasette import hookimpl

from publish.text import spreadsheet_safe


class CsvGuard:
    """Incremental: bytes in, neutralised CSV bytes out, one complete record at a time."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._pending = ""           # the start of a record whose end has not arrived

    def feed(self, data: bytes, final: bool = False) -> bytes:
        text = self._pending + self._decoder.decode(data, final=final)
        # the last record end: a newline outside quotes ("" inside a quoted field toggles
        # twice). Only the unfinished record is scanned again with the next chunk.
        quoted, last_end = False, 0
        for i, ch in enumerate(text):
            if ch == '"':
                quoted = not quoted
            elif ch == "\n" and not quoted:
                last_end = i + 1
        cut = len(text) if final else last_end
        self._pending = text[cut:]
        if not cut:
            return b""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        for row in csv.reader(io.StringIO(text[:cut], newline="")):
            writer.writerow([spreadsheet_safe(cell) for cell in row])
        return out.getvalue().encode("utf-8")


def _is_csv(scope) -> bool:
    path = scope.get("path", "")
    query = scope.get("query_string", b"")
    return path.endswith(".csv") or b"_format=csv" in query


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def guarded(scope, receive, send):
            if scope.get("type") != "http" or not _is_csv(scope):
                return await app(scope, receive, send)
            guard: CsvGuard | None = None

            async def guarded_send(message):
                nonlocal guard
                if message["type"] == "http.response.start":
                    headers = dict(message.get("headers") or [])
                    content_type = headers.get(b"content-type", b"")
                    # Datasette sends CSV as text/plain (or text/csv with _dl); its
                    # _trace=1 debug page is HTML and already escaped
                    if content_type.startswith((b"text/plain", b"text/csv")):
                        guard = CsvGuard()
                        message = {**message, "headers": [
                            (k, v) for k, v in message.get("headers") or []
                            if k.lower() != b"content-length"]}
                elif message["type"] == "http.response.body" and guard is not None:
                    more = message.get("more_body", False)
                    message = {**message, "body": guard.feed(message.get("body", b""),
                                                             final=not more)}
                await send(message)

            return await app(scope, receive, guarded_send)
        return guarded
    return wrap

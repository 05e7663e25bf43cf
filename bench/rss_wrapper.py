"""Run a command and write its peak RSS (kB) to a file: ``python rss_wrapper.py OUT cmd…``.

Why a wrapper: on Linux a child's ru_maxrss includes the memory it had *before* exec, i.e. a
copy of its parent. Measured from a large parent (pytest, the benchmark), a tiny command would
seem to peak at the parent's size. This wrapper is small and imports nothing heavy, so what it
passes on to the measured command is a few MB at most.
"""
import os
import sys


def main() -> int:
    out_file, args = sys.argv[1], sys.argv[2:]
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(args[0], args)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    with open(out_file, "w") as out:
        out.write(str(usage.ru_maxrss))
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())

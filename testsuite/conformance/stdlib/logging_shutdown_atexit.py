# logging at exit: atexit runs logging.shutdown, which flushes and closes every handler (the newest first) after
# an uncaught exception's traceback; a buffering handler writes its records then. Logger.warn and logging.warn
# issue their DeprecationWarning; captureWarnings sends warnings to the "py.warnings" logger.
import logging
import sys
import warnings


class BufferingHandler(logging.Handler):
    def __init__(self, label):
        super().__init__()
        self.label = label
        self.buffer = []

    def emit(self, record):
        self.buffer.append(self.format(record))

    def flush(self):
        print(f"[{self.label}] flush {len(self.buffer)} record(s)")
        for line in self.buffer:
            print(f"[{self.label}]   {line}")
        self.buffer = []

    def close(self):
        print(f"[{self.label}] close")
        super().close()


log = logging.getLogger("app")
log.setLevel(logging.DEBUG)
first = BufferingHandler("first")
first.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(first)
second = BufferingHandler("second")
logging.getLogger("app.db").addHandler(second)

log.info("starting")
log.warn("old style warning")
logging.getLogger("app.db").error("connection lost: %s", "timeout")
adapter = logging.LoggerAdapter(log, {"user": "ann"})
adapter.warn("adapter warning")

stream = logging.StreamHandler(sys.stdout)
stream.setFormatter(logging.Formatter("py.warnings says: %(message)s"))
logging.getLogger("py.warnings").addHandler(stream)
logging.captureWarnings(True)
warnings.warn("captured by logging")
logging.captureWarnings(False)
warnings.warn("back on stderr")

try:
    raise KeyError("lookup")
except KeyError:
    log.exception("while looking up")


def fail():
    log.debug("about to fail")
    raise RuntimeError("the program fails")


fail()

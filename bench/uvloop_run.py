# Runs a benchmark program under uvloop: installs uvloop's event loop policy, then executes the program as
# __main__ with the remaining arguments, so asyncio.run() inside it uses uvloop's loop.
import runpy
import sys

import uvloop

uvloop.install()
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")

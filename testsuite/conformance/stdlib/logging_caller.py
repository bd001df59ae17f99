# logging records carry the caller: filename, lineno, funcName and module from the frames (stacklevel too),
# stack_info=True adds the stack, and logger.exception inside an asyncio task shows the handled traceback.
import logging, asyncio, sys
logging.basicConfig(format="%(levelname)s %(filename)s:%(lineno)d %(funcName)s %(module)s: %(message)s", stream=sys.stdout)
log = logging.getLogger("x")
def f():
    log.warning("in f")
    log.warning("stack", stack_info=True)
f()
class A:
    def m(self):
        log.error("in m", stacklevel=2)
def g():
    A().m()
g()
async def task():
    await asyncio.sleep(0)
    try:
        1/0
    except ZeroDivisionError:
        log.exception("in task")
async def main():
    await asyncio.create_task(task())
asyncio.run(main())
logging.warning("root")

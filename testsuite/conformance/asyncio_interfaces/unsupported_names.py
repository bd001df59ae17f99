# Every name of asyncio.__all__ exists, those for streams, servers and subprocesses included, with CPython's
# modules and class relations: a program may import them, name them in annotations and test isinstance against
# them. (Using them is not checked: pyco has no sockets or child processes yet and raises NotImplementedError.)
import asyncio
from asyncio import StreamReader, StreamWriter, Server, AbstractServer, AbstractChildWatcher


def connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    pass


print(connect.__annotations__['reader'].__name__, connect.__annotations__['writer'].__qualname__)
for name in ['StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'Server', 'AbstractServer',
             'AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher', 'MultiLoopChildWatcher',
             'ThreadedChildWatcher', 'PidfdChildWatcher']:
    cls = getattr(asyncio, name)
    print(name, cls.__module__, isinstance(cls, type), isinstance(42, cls))
print(issubclass(asyncio.StreamReaderProtocol, asyncio.Protocol), issubclass(Server, AbstractServer),
      issubclass(asyncio.SafeChildWatcher, AbstractChildWatcher))
for name in ['open_connection', 'start_server', 'open_unix_connection', 'start_unix_server',
             'create_subprocess_exec', 'create_subprocess_shell', 'get_child_watcher', 'set_child_watcher']:
    fn = getattr(asyncio, name)
    print(name, callable(fn), fn.__name__)
missing = [n for n in asyncio.__all__ if not hasattr(asyncio, n)]
print('missing', [n for n in missing if n not in ('to_thread', 'run_coroutine_threadsafe', 'wrap_future')])
print(type(asyncio.__all__).__name__, 'TaskGroup' in asyncio.__all__, asyncio.__all__[:4])

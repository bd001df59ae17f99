# asyncio's protocol and transport interfaces: a program's classes extend them; the base callbacks do nothing,
# the transports' abstract methods raise NotImplementedError, get_extra_info and writelines work on a
# program's transport; argument errors as CPython's Python methods give them.
import asyncio
from asyncio import protocols, transports

for cls in [asyncio.BaseProtocol, asyncio.Protocol, asyncio.BufferedProtocol, asyncio.DatagramProtocol,
            asyncio.SubprocessProtocol, asyncio.BaseTransport, asyncio.ReadTransport, asyncio.WriteTransport,
            asyncio.Transport, asyncio.DatagramTransport, asyncio.SubprocessTransport]:
    print(cls.__module__, cls.__qualname__, [b.__name__ for b in cls.__mro__[1:]])
print(protocols.Protocol is asyncio.Protocol, transports.Transport is asyncio.Transport)


class Echo(asyncio.Protocol):
    def __init__(self):
        self.received = []

    def connection_made(self, transport):
        print('connection made with', type(transport).__name__, transport.get_extra_info('peername'))
        self.transport = transport

    def data_received(self, data):
        self.received.append(data)
        self.transport.write(data.upper())

    def connection_lost(self, exc):
        print('lost', exc)
        super().connection_lost(exc)


class MemoryTransport(asyncio.Transport):
    def __init__(self, protocol):
        super().__init__({'peername': ('memory', 0)})
        self.protocol = protocol
        self.written = []
        self.closing = False

    def write(self, data):
        self.written.append(data)

    def is_closing(self):
        return self.closing

    def close(self):
        self.closing = True
        self.protocol.connection_lost(None)


proto = Echo()
tr = MemoryTransport(proto)
proto.connection_made(tr)
proto.data_received(b'hello')
tr.writelines([b'a', b'b', bytearray(b'c')])
print(tr.written, tr.get_extra_info('missing'), tr.get_extra_info('missing', 'dflt'), tr.is_closing())
tr.close()
print(tr.is_closing(), proto.received)
print(proto.eof_received(), proto.pause_writing(), proto.resume_writing())

base = asyncio.BaseTransport()
print(base.get_extra_info('x', 1), asyncio.BaseTransport(extra={'x': 2}).get_extra_info('x'))
for call in [lambda: base.close(), lambda: base.is_closing(), lambda: base.get_protocol(),
             lambda: base.set_protocol(proto), lambda: asyncio.ReadTransport().pause_reading(),
             lambda: asyncio.WriteTransport().write(b'x'), lambda: asyncio.WriteTransport().writelines([b'x']),
             lambda: asyncio.WriteTransport().get_write_buffer_size(), lambda: asyncio.Transport().abort(),
             lambda: asyncio.DatagramTransport().sendto(b'x'), lambda: asyncio.SubprocessTransport().get_pid()]:
    try:
        call()
    except NotImplementedError as e:
        print('NotImplementedError', repr(e))

for call in [lambda: proto.data_received(), lambda: asyncio.Protocol().connection_made(1, 2),
             lambda: asyncio.BaseTransport(1, 2), lambda: base.get_extra_info(),
             lambda: asyncio.DatagramProtocol().datagram_received(b'x')]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

try:
    asyncio.Protocol().attr = 1
except AttributeError as e:
    print('AttributeError:', e)


class Datagrams(asyncio.DatagramProtocol):
    def datagram_received(self, data, addr):
        print('datagram', data, addr)


Datagrams().datagram_received(b'ping', ('h', 1))
print(asyncio.BufferedProtocol().get_buffer(10), asyncio.SubprocessProtocol().process_exited())

# Two modules importing each other work when neither reads the other's names while it is still initialising:
# the second `import` finds the first module, partially initialised, in sys.modules
import ping

print(ping.ping(3))
print(ping.pong_module.__name__, ping.pong_module.ping_module is ping)

# Timer: fires once after its interval with args and kwargs; cancel() before it fires stops it.
import threading

fired = []
t = threading.Timer(0.01, fired.append, args=['tick'])
print(t.name, t.interval, t.args, t.kwargs)
t.start()
t.join()
print(fired, t.finished.is_set())


def greet(who, punct='!'):
    fired.append(f'hello {who}{punct}')


t = threading.Timer(0.01, greet, ['timer'], {'punct': '?'})
t.start()
t.join()
print(fired[-1])

# cancelled at once: the long interval is never waited
c = threading.Timer(5, fired.append, args=['never'])
c.start()
c.cancel()
c.join()
print(fired, c.is_alive())

# a Timer subclass, as a repeating timer
class Repeat(threading.Timer):
    def run(self):
        n = 0
        while not self.finished.wait(self.interval):
            n += 1
            self.function(n)
            if n == 3:
                break


r = Repeat(0.01, lambda n: fired.append(n))
r.start()
r.join()
print(fired[-3:])
print(isinstance(r, threading.Thread), repr(threading.Timer(1, print))[:9])

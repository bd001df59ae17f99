# A call that raises in a worker: exception() returns it, result() re-raises it with the worker's frames.
import concurrent.futures as cf
import traceback


def parse(text):
    return int(text)


def job(text):
    return parse(text) * 2


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    ok = ex.submit(job, '21')
    bad = ex.submit(job, 'forty-two')
    print(ok.result())
    print(repr(bad.exception()))
    try:
        bad.result()
    except ValueError as e:
        print('caught:', e)
        frames = traceback.extract_tb(e.__traceback__)
        print([fs.name for fs in frames if fs.filename == __file__])

    def fail_base():
        raise KeyboardInterrupt('a BaseException in a worker')

    kb = ex.submit(fail_base)
    print(type(kb.exception()).__name__)
    final = ex.submit(job, 'x')
final.result()

# pyco-only: a process pool would run Python in other processes, and a compiled program has no Python to run
# there; pyco says so where the program names it, rather than fail when it runs.
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor


def work(x):
    return x * 2


with concurrent.futures.ProcessPoolExecutor() as pool:
    print(list(pool.map(work, range(3))))

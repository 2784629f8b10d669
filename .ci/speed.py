"""How fast this machine runs plain Python now: the median seconds of five runs of a fixed loop.

.ci/run compares it with the machine the ceilings were measured on, so that a slower CI machine
gets proportionally more time instead of a red run for a suite that passed.
"""

import statistics
import time


def work():
    total = 0
    for number in range(10_000_000):
        total += number % 7
    return total


def main():
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        work()
        runs.append(time.perf_counter() - started)
    print(f"{statistics.median(runs):.3f}")


if __name__ == "__main__":
    main()

"""Two CPU-bound prime searches: one after the other, on two threads, in two processes.
CPython's global interpreter lock (GIL) lets one thread at a time run Python code, so two threads compute
no faster than one; two processes each have their own interpreter and lock, and can use two cores.
Usage: gil.py [limit]"""
import multiprocessing
import os
import platform
import sys
import sysconfig
import threading
import time


def count_primes_below(limit: int) -> int:
    count = 0
    for candidate in range(2, limit):
        divisor = 2
        while divisor * divisor <= candidate and candidate % divisor != 0:
            divisor += 1
        if divisor * divisor > candidate:
            count += 1
    return count


def search_in_a_process(limit: int) -> float:
    """A worker process's search; returns the CPU time it used."""
    count_primes_below(limit)
    return time.process_time()


def one_after_the_other(limit: int) -> float:
    count_primes_below(limit)
    count_primes_below(limit)
    return 0.0


def on_two_threads(limit: int) -> float:
    threads = [threading.Thread(target=count_primes_below, args=(limit,)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return 0.0


def in_two_processes(limit: int) -> float:
    with multiprocessing.Pool(2, maxtasksperchild=1) as pool:
        return sum(pool.map(search_in_a_process, [limit, limit]))


def best_of_three(variants, limit: int, cores: int) -> None:
    """Three rounds, each running every variant once (each round starting with another), and the best round of
    each variant: a moment of load on the machine does not decide. Cores busy: the CPU time of this process and of its workers per second;
    other programs: what the rest of the machine kept busy meanwhile (/proc/stat), which the times depend on."""
    best = {label: (float("inf"), 0.0, 0.0) for label, _ in variants}
    for turn in range(3):
        for label, run in variants[turn:] + variants[:turn]:
            before = machine_sample()
            wall, cpu = time.perf_counter(), time.process_time()
            workers_cpu = run(limit)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu + workers_cpu
            others = max(0.0, busy_cores(before, machine_sample(), cores) - cpu / wall)
            if wall < best[label][0]:
                best[label] = (wall, cpu, others)
    for label, (wall, cpu, others) in best.items():
        print(f"{label:<22}{wall:.2f} s   {cpu / wall:.1f} cores busy   ({others:.1f} by other programs)")


def machine_sample():
    """Idle and total CPU time of the whole machine so far (/proc/stat), or None where there is none."""
    try:
        with open("/proc/stat") as stat:
            fields = [int(x) for x in stat.readline().split()[1:]]
        return fields[3] + fields[4], sum(fields)  # idle + iowait, all
    except OSError:
        return None


def busy_cores(before, after, cores) -> float:
    """How many cores the whole machine kept busy between two samples; elsewhere, the load average."""
    if before is None or after is None:
        return min(cores, os.getloadavg()[0])
    return cores * (1 - (after[0] - before[0]) / max(1, after[1] - before[1]))


def idle_cores(cores, seconds=0.5):
    """How many cores sat idle over the last moment."""
    before = machine_sample()
    time.sleep(seconds)
    return cores - busy_cores(before, machine_sample(), cores)


if __name__ == "__main__":
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 150_000
    cores = multiprocessing.cpu_count()
    idle = idle_cores(cores)  # what is free now: the load average lags a minute behind
    print(f"two searches for the primes below {limit:,}, on {cores} cores "
          f"({idle:.1f} idle: {'free' if idle >= cores - 0.5 else 'busy'})")
    print(f"CPython {platform.python_version()}, free-threaded build (no GIL): "
          f"{'yes' if sysconfig.get_config_var('Py_GIL_DISABLED') else 'no'}")
    print(f"a thread holding the GIL is asked to let go every {sys.getswitchinterval() * 1000:.0f} ms")
    best_of_three([("one after the other", one_after_the_other), ("two threads", on_two_threads),
                   ("two processes", in_two_processes)], limit, cores)

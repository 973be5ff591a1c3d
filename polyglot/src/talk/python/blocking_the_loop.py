"""find_primes on the event loop delays a 100 ms timer until the search is over; in a worker it does not.
Usage: blocking_the_loop.py [limit]"""
import asyncio
import sys


def count_primes_below(limit: int) -> int:
    count = 0
    for candidate in range(2, limit):
        if all(candidate % divisor != 0 for divisor in range(2, candidate // 2 + 1)):
            count += 1
    return count


async def race(limit: int, on_the_loop: bool) -> None:
    loop = asyncio.get_running_loop()
    fired = loop.create_future()
    loop.call_later(0.1, lambda: (print("  the 100 ms timer fired"), fired.set_result(None)))
    if on_the_loop:
        count = count_primes_below(limit)  # the loop computes: no timer can fire meanwhile
    else:
        count = await loop.run_in_executor(None, count_primes_below, limit)  # a worker thread computes
    print(f"  primes below {limit}: {count}")
    await fired


async def main(limit: int) -> None:
    print("The mistake: the prime search runs on the loop")
    await race(limit, True)
    print("The fix: the search runs on a worker")
    await race(limit, False)


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 12_000))

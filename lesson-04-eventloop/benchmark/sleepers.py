# N coroutines each awaiting asyncio.sleep(1), gathered: python3 sleepers.py N
import asyncio, sys, time

async def main(n):
    await asyncio.gather(*(asyncio.sleep(1) for _ in range(n)))

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
start = time.perf_counter()
asyncio.run(main(n))
print(f"asyncio.gather: {n:,} sleeping 1 s took {time.perf_counter() - start:.2f} s")

"""asyncio: three tasks on one thread, gathered; 3 s in all, results in the order asked."""
import asyncio
import sys
import time


async def greet_after(delay: float, person: str) -> str:
    await asyncio.sleep(delay)  # hands the thread back to the event loop
    message = f"Hello {person} \U0001F44B"
    print(message)
    return message


async def main(scale: float) -> None:
    tasks = [asyncio.create_task(greet_after(3 * scale, "Guido van Rossum")),
             asyncio.create_task(greet_after(2 * scale, "Sebastián Ramírez")),
             asyncio.create_task(greet_after(1 * scale, "Luciano Ramalho"))]
    results = await asyncio.gather(*tasks)
    print(f"Finished at {time.strftime('%H:%M:%S')}")
    print("gather returned, in the order asked: " + ", ".join(results))


if __name__ == "__main__":
    began = time.perf_counter()
    print(f"Started at {time.strftime('%H:%M:%S')}")
    asyncio.run(main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0))
    print(f"elapsed: {time.perf_counter() - began:.3f} s", file=sys.stderr)

"""asyncio has one FIFO ready queue and no microtask queue: a callback queued with call_soon, and a future's
done-callback, wait behind a timer that is already due. Then asyncio.sleep(0): a task yields to the loop."""
import asyncio
import time


async def main() -> None:
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    future.add_done_callback(lambda _: print("  the future's done-callback (the reaction to set_result)"))

    def first() -> None:
        print("  first timer: set_result(), then call_soon(after_first)")
        future.set_result("done")
        loop.call_soon(lambda: print("  after_first (queued with call_soon)"))

    print("Two timers, due 5 ms and 10 ms from now; the loop is held 50 ms, so both are due at once")
    loop.call_later(0.005, first)
    loop.call_later(0.010, lambda: print("  second timer"))
    time.sleep(0.05)  # holds the loop: when it looks again, both timers are due
    await future
    await asyncio.sleep(0.01)

    print("Two tasks that yield with asyncio.sleep(0): they take turns")
    async def count(name: str, yields: bool) -> None:
        for step in (1, 2):
            print(f"  {name} {step}")
            if yields:
                await asyncio.sleep(0)  # yield to the loop: every ready callback runs before we go on

    await asyncio.gather(count("A", True), count("B", True))
    print("The same tasks without sleep(0): each runs to its end")
    await asyncio.gather(count("A", False), count("B", False))


asyncio.run(main())

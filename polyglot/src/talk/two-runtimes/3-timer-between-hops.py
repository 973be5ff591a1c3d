# One FIFO ready queue: a due timer takes its turn between the hops of a task.
import asyncio


async def hops():
    for i in range(1, 4):
        await asyncio.sleep(0)
        print(f"hop {i}")


async def main():
    asyncio.get_running_loop().call_later(0, print, "timer 0")
    task = asyncio.create_task(hops())
    print("main done")
    await task


asyncio.run(main())

# A task cancelled before its first step never runs its body.
import asyncio


async def worker():
    print("worker body runs")


async def main():
    task = asyncio.create_task(worker())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled before its first step: the body never ran")


asyncio.run(main())

# A finished task, awaited, gives its result at once: no suspension.
import asyncio


async def quick():
    return "quick result"


async def other():
    print("other task runs")


async def main():
    task = asyncio.create_task(quick())
    await asyncio.sleep(0)
    asyncio.create_task(other())
    print(f"awaiting a finished task: {await task}")
    await asyncio.sleep(0)
    print("after sleep(0)")


asyncio.run(main())

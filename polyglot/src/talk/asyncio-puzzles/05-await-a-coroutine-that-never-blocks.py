# Awaiting a coroutine runs it on the spot; if it never blocks, nothing else runs meanwhile.
import asyncio


async def add(a, b):
    print("add runs")
    return a + b


async def other():
    print("other task runs")


async def main():
    asyncio.create_task(other())
    total = await add(1, 2)
    print(f"total {total}, and the other task has not run")
    await asyncio.sleep(0)
    print("after sleep(0)")


asyncio.run(main())

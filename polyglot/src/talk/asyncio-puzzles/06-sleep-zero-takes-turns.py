# sleep(0) gives the loop exactly one turn: two tasks take turns, step by step.
import asyncio


async def ticker(name, steps):
    for step in range(1, steps + 1):
        print(f"{name} step {step}")
        await asyncio.sleep(0)
    print(f"{name} done")


async def main():
    a = asyncio.create_task(ticker("a", 3))
    b = asyncio.create_task(ticker("b", 2))
    await a
    await b
    print("both done")


asyncio.run(main())

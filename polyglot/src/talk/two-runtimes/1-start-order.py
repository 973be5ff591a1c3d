# create_task only schedules the coroutine: it starts at the loop's next turn.
import asyncio


async def greet(name):
    print(f"{name} starts")
    await asyncio.sleep(0)
    print(f"{name} resumes")


async def main():
    a = asyncio.create_task(greet("a"))
    b = asyncio.create_task(greet("b"))
    print("main goes on")
    await a
    await b


asyncio.run(main())

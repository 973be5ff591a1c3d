# create_task schedules a coroutine; it starts at the loop's next turn, in the order the tasks were created.
import asyncio


async def worker(name):
    print(f"{name} starts")
    await asyncio.sleep(0)
    print(f"{name} ends")


async def main():
    asyncio.create_task(worker("a"))
    asyncio.create_task(worker("b"))
    print("main created both")
    await asyncio.sleep(0)
    print("main after one turn")
    await asyncio.sleep(0)
    print("main after two turns")


asyncio.run(main())

# asyncio.run ends when main does: a task still sleeping is cancelled, its finally runs.
import asyncio


async def background():
    try:
        print("background sleeps")
        await asyncio.sleep(10)
        print("background woke up")
    finally:
        print("background: finally, at the end of asyncio.run")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    print("main returns")


asyncio.run(main())

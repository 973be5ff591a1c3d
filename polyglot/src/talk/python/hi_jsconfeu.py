"""JSConfEU's example on asyncio: Hi and JSConfEU at once, there after the timer (5 s, or 5 s x scale)."""
import asyncio
import sys


async def main(delay: float) -> None:
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    print("Hi")
    loop.call_later(delay, lambda: (print("there"), done.set_result(None)))
    print("JSConfEU")
    await done


asyncio.run(main(5 * (float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)))

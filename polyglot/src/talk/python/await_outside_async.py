"""await outside an async function: Python refuses the whole file before running a line of it."""
import asyncio

print("never printed: the file does not compile")


def greet() -> None:
    await asyncio.sleep(1)  # SyntaxError: 'await' outside async function
    print("Hello Guido van Rossum \U0001F44B")


greet()

"""The prize draw, reproducible by anyone from the published data (docs/quiz.md).

Before the quiz starts, its page publishes the commitment: the SHA-256 of a secret seed made
with `secrets`. After the end, the eligible entries are fixed, and their public value is the
SHA-256 of their numbers in ascending order, joined by commas. Draw number n (0, 1, 2, …) takes
the entries not drawn before, in ascending order, and picks the one at position

    int(HMAC-SHA256(key=seed, message="<public value>:<n>:<attempt>")) mod <entries left>

taking the first attempt (0, 1, …) whose number lies below the largest multiple of the count, so
that every entry is equally likely. The first winners go to the first prize, and so on; a redraw
for a winner who does not answer is simply the next draw number. With the seed published after
the draw, anyone can check that it matches the commitment and repeat every draw:

    python quiz/draw.py --seed <seed> --entries 3,7,12,15 --draws 3

This module uses the standard library only, so it runs without the portal.
"""

import argparse
import hashlib
import hmac
import secrets

SEED_BYTES = 32


def new_seed():
    """A fresh secret seed (64 hex digits)."""
    return secrets.token_hex(SEED_BYTES)


def commitment(seed):
    """What the page publishes before the start: the SHA-256 of the seed."""
    return hashlib.sha256(seed.encode("ascii")).hexdigest()


def public_value(entry_numbers):
    """The value fixed after the end: the SHA-256 of the eligible entry numbers, ascending, comma-joined."""
    joined = ",".join(str(number) for number in sorted(entry_numbers))
    return hashlib.sha256(joined.encode("ascii")).hexdigest()


def position(seed, public, draw_number, count):
    """The position (0 … count-1) that draw number `draw_number` picks among `count` entries."""
    if count < 1:
        raise ValueError("Es gibt keine Teilnahme mehr, die gezogen werden kann.")
    limit = (2**256 // count) * count
    attempt = 0
    while True:
        message = f"{public}:{draw_number}:{attempt}".encode("ascii")
        value = int.from_bytes(hmac.new(seed.encode("ascii"), message, hashlib.sha256).digest(), "big")
        if value < limit:
            return value % count
        attempt += 1


def draw(seed, entry_numbers, draws, first_draw=0, excluded=()):
    """The entry numbers of draws `first_draw` … `first_draw + draws - 1`, nobody twice.

    `excluded` are the entries drawn before (a redraw continues after them). The public value is
    always that of all eligible `entry_numbers`.
    """
    public = public_value(entry_numbers)
    left = sorted(set(entry_numbers) - set(excluded))
    winners = []
    for draw_number in range(first_draw, first_draw + draws):
        winners.append(left.pop(position(seed, public, draw_number, len(left))))
    return winners


def main(argv=None):
    parser = argparse.ArgumentParser(description="Eine Auslosung des Gewinnspiels nachrechnen.")
    parser.add_argument("--seed", required=True, help="der nach der Auslosung veröffentlichte Seed")
    parser.add_argument("--entries", required=True, help="die Nummern der Teilnahmen, mit Kommas")
    parser.add_argument("--draws", type=int, required=True, help="wie viele Ziehungen (mit Nachziehungen)")
    args = parser.parse_args(argv)
    numbers = [int(number) for number in args.entries.split(",") if number.strip()]
    print(f"Commitment:      {commitment(args.seed)}")
    print(f"Öffentlicher Wert: {public_value(numbers)}")
    for draw_number, number in enumerate(draw(args.seed, numbers, args.draws)):
        print(f"Ziehung {draw_number + 1}: Teilnahme Nr. {number}")


if __name__ == "__main__":
    main()

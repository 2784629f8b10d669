"""The draw itself (quiz/draw.py): reproducible from the published data, fair, nobody twice."""

import collections
import subprocess
import sys

import pytest

from quiz import draw

SEED = "a" * 64


def test_the_commitment_is_the_sha256_of_the_seed_and_seeds_are_fresh():
    assert draw.commitment("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert len(draw.new_seed()) == 64 and draw.new_seed() != draw.new_seed()


def test_the_public_value_does_not_depend_on_the_order_of_the_entries():
    assert draw.public_value([3, 1, 2]) == draw.public_value([1, 2, 3]) != draw.public_value([1, 2, 4])


def test_the_same_data_draws_the_same_winners_and_nobody_twice():
    entries = list(range(1, 41))
    first = draw.draw(SEED, entries, 10)
    assert first == draw.draw(SEED, list(reversed(entries)), 10)
    assert len(set(first)) == 10 and set(first) <= set(entries)
    assert draw.draw("b" * 64, entries, 10) != first


def test_a_redraw_continues_the_sequence():
    entries = list(range(1, 21))
    three = draw.draw(SEED, entries, 3)
    fourth = draw.draw(SEED, entries, 1, first_draw=3, excluded=three)
    assert three + fourth == draw.draw(SEED, entries, 4)


def test_no_entry_left_is_refused_in_german():
    with pytest.raises(ValueError, match="keine Teilnahme mehr"):
        draw.draw(SEED, [1, 2], 3)


def test_every_entry_is_about_equally_likely():
    """3,000 draws of one winner among five entries with different seeds: each wins 600 ± 100 times."""
    wins = collections.Counter(draw.draw(f"{n:064x}", [11, 12, 13, 14, 15], 1)[0] for n in range(3000))
    assert set(wins) == {11, 12, 13, 14, 15}
    assert all(500 < count < 700 for count in wins.values()), wins


def test_anyone_can_repeat_the_draw_with_the_script():
    result = subprocess.run(  # noqa: S603 (a fixed command: this interpreter and the script)
        [sys.executable, "quiz/draw.py", "--seed", SEED, "--entries", "5,3,9,12", "--draws", "2"],
        capture_output=True,
        text=True,
        check=True,
    )
    winners = draw.draw(SEED, [3, 5, 9, 12], 2)
    assert f"Commitment:      {draw.commitment(SEED)}" in result.stdout
    assert f"Ziehung 1: Teilnahme Nr. {winners[0]}" in result.stdout
    assert f"Ziehung 2: Teilnahme Nr. {winners[1]}" in result.stdout

"""The Gewinnspiel (docs/quiz.md): a quiz page whose answers are found on the portal, entries with
double opt-in, and a prize draw that anyone can verify from the published seed.

models/ holds the page with its prizes and the entries with the draw record, blocks.py the
questions, scoring.py what counts as a right answer, forms.py the entry form, draw.py the draw
itself (standard library only, runnable on its own to verify a draw).
"""

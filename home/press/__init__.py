"""The press office ("Für die Presse", docs/press.md): press releases with embargo, press kits, photo archive.

models.py holds the pages and their inline parts, kit.py the ZIP press kit and the release as
plain text, filters.py the filters of the press page and its photo archive. The press feed lives
beside the other feeds in home/feeds.py.
"""

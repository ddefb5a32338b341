"""Small builders for block streams, so parser tests read like the documents they describe."""

from section55.extraction.blocks import HEADING, ITEM, PARAGRAPH, Block, finish


def heading(text, level=2):
    return Block(HEADING, text, level=level)


def para(text):
    return Block(PARAGRAPH, text)


def item(text, level=1):
    return Block(ITEM, text, level=level, marker="•")


def stream(*blocks):
    return finish(list(blocks))

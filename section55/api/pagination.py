from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination


class Pages(LimitOffsetPagination):
    """Ninja's limit and offset, both bounded so no request can ask the database for a slice
    it cannot express (an offset past 2**63 is a database error, not an empty page)."""

    class Input(Schema):
        limit: int = Field(20, ge=1, le=100, description="How many items, at most 100")
        offset: int = Field(0, ge=0, le=1_000_000, description="How many items to skip")

    def __init__(self, **kwargs):
        super().__init__(max_limit=100, **kwargs)

"""dashboards found by index: the people whose Home tab shows a dashboard, by team

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 20:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_person_home_board",
        "person",
        ["team_id"],
        sqlite_where=sa.text("home_board = 1"),
        postgresql_where=sa.text("home_board"),
    )


def downgrade() -> None:
    op.drop_index("ix_person_home_board", table_name="person")

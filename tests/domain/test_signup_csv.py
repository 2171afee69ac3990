import pytest

from bot.domain.errors import DomainError
from bot.domain.signup_csv import decode, read_rows

HEADER = "email;role;department;manager_email;experience;topics;languages;capacity"


def test_excel_in_denmark_semicolons_bom_and_crlf() -> None:
    data = (
        "\ufeff" + HEADER + "\r\n"
        "Anna@Example.dk;Mentee;Sundhed;boss@example.dk;3;Lede mit første team;dansk, engelsk;\r\n"
        "bo@example.dk;mentor;Teknik;;15;Økonomi;da;2\r\n"
    ).encode("utf-8")
    rows = read_rows(decode(data))
    assert [row.email for row in rows] == ["anna@example.dk", "bo@example.dk"]
    anna, bo = rows
    assert (anna.draft.role, anna.draft.languages, anna.manager_email) == (
        "mentee",
        ("da", "en"),
        "boss@example.dk",
    )
    assert anna.draft.topics == "Lede mit første team"
    assert (bo.draft.role, bo.draft.capacity, bo.draft.experience_years) == ("mentor", 2, 15)
    assert anna.line == 2 and bo.line == 3


def test_commas_and_quoted_cells_work_too() -> None:
    text = HEADER.replace(";", ",") + '\nc@x.se,adept,Skola,,,"Ledarskap, kommunikation",sv,\n'
    (row,) = read_rows(text)
    assert (row.draft.role, row.draft.topics) == ("mentee", "Ledarskap, kommunikation")


def test_windows_1252_files_are_read() -> None:
    assert "Økonomi" in decode("x;Økonomi".encode("cp1252"))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("", "import.error.empty"),
        (HEADER + "\n", "import.error.no_rows"),
        ("mail;role\nx@y.dk;mentor\n", "import.error.header"),
        (HEADER + ";favourite_colour\n", "import.error.header_unknown"),
        (HEADER + ";role\n", "import.error.header_unknown"),
        ("email;role\nx@y.dk;mentor\n", "import.error.header_missing"),
    ],
)
def test_files_that_cannot_be_read_are_refused_whole(text: str, key: str) -> None:
    with pytest.raises(DomainError) as raised:
        read_rows(text)
    assert raised.value.key == key


def test_the_header_error_names_what_is_missing_and_unknown() -> None:
    with pytest.raises(DomainError) as raised:
        read_rows("email;rolle;department;manager_email;experience;topics;languages;capacity\n")
    assert raised.value.params["missing"] == "role"
    assert raised.value.params["unknown"] == "rolle"


def test_a_broken_line_is_marked_and_the_rest_read() -> None:
    rows = read_rows(
        HEADER + "\nnot-an-email;mentor;A;;;;;\nx@y.dk;mentor;A\nz@y.dk;mentor;B;;x;t;da;1\n"
    )
    assert [row.problem for row in rows] == ["import.error.email", "import.error.columns", None]
    assert rows[2].draft.experience_unparsable

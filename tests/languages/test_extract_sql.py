"""SQL: source → outline. What a CREATE statement makes is an entity: tables with their
columns, views, indexes, functions, triggers, types, schemas and sequences."""

from __future__ import annotations

from semdiff.languages import detect_language, spec_by_name
from tests.support import entities, extract_outline

# Modelled on Roundcube's SQL/postgres.initial.sql and a PostgreSQL extension script.
SOURCE = """\
CREATE SCHEMA IF NOT EXISTS mail;

CREATE SEQUENCE users_seq
    INCREMENT BY 1
    NO MAXVALUE
    NO MINVALUE
    CACHE 1;

-- One row per account.
CREATE TABLE users (
    user_id integer PRIMARY KEY,
    username varchar(128) NOT NULL,
    "language" varchar(16),
    preferences text
);

CREATE INDEX users_username_idx ON users (username);
CREATE UNIQUE INDEX ON users (preferences);

CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE pair AS (key text, value text);

/* Expand a pair. */
CREATE FUNCTION pair_key(pair) RETURNS text
    AS 'MODULE_PATHNAME'
    LANGUAGE C STRICT IMMUTABLE;
CREATE FUNCTION pair_key(text, text) RETURNS text
    LANGUAGE sql AS 'select $1';

CREATE OR REPLACE VIEW active_users AS
    SELECT user_id, username FROM users WHERE preferences IS NOT NULL;
CREATE MATERIALIZED VIEW user_count AS SELECT count(*) FROM users;

CREATE TRIGGER users_touch BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION pair_key();

ALTER TABLE users ADD COLUMN created timestamp;
COMMENT ON TABLE users IS 'accounts';
INSERT INTO users (user_id, username) VALUES (1, 'admin');
"""


def test_sql_outline() -> None:
    assert (
        extract_outline("schema.sql", SOURCE)
        == """\
namespace mail  1-1
variable users_seq  3-7
table users  9-15
  field users.user_id  11-11
  field users.username  12-12
  field users."language"  13-13
  field users.preferences  14-14
index users_username_idx  17-17
enum mood  20-20
record pair  21-21
  field pair.key  21-21
  field pair.value  21-21
function pair_key(pair)  23-26
function pair_key(text, text)  27-28
view active_users  30-31
view user_count  32-32
rule users_touch  34-35
"""
    )


def test_sql_an_altered_column_is_a_line_of_the_file() -> None:
    # `ALTER TABLE ... ADD COLUMN` changes a table created elsewhere: not a new column entity.
    found = entities("schema.sql", SOURCE)
    assert "created" not in found and "users.created" not in found
    assert sorted(name for name in found if name.startswith("users.")) == [
        'users."language"',
        "users.preferences",
        "users.user_id",
        "users.username",
    ]


def test_sql_labels() -> None:
    spec = spec_by_name("sql")
    assert spec.category == "data"
    assert spec.label("field") == "column"
    assert spec.label("rule") == "trigger"
    assert spec.label("namespace") == "schema"
    assert detect_language("V2__add_users.sql") == "sql"
    assert detect_language("tables.ddl") == "sql"

"""PHP: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
<?php

declare(strict_types=1);

namespace App\\Models;

use App\\Contracts\\HasName;

/** Upper bound of a page. */
const PAGE_SIZE = 50;

#[Entity(table: 'users')]
final class User extends Model implements HasName
{
    use Greets;

    public const ROLE = 'user', ADMIN = 'admin';

    private ?string $name = null, $email;
    public static int $count = 0;

    public function __construct(private readonly int $id) {}

    /**
     * A user that is not saved yet.
     */
    #[Pure]
    public static function make(int|string $id): static
    {
        return new static((int) $id);
    }

    abstract protected function table(): string;
}

interface Named
{
    const SEPARATOR = ' ';

    public function name(): string;
}

trait Greets
{
    private string $greeting = 'Hello';

    public function greet(): string
    {
        return "$this->greeting, {$this->name()}";
    }
}

enum Suit: string
{
    case Hearts = 'H';
    case Spades = 'S';

    const Wild = self::Spades;

    public function color(): string
    {
        return match ($this) {
            self::Hearts => 'Red',
            self::Spades => 'Black',
        };
    }
}

function slugify(string $text): string
{
    $clean = function (string $s): string { return trim($s); };
    function inner() {}
    return strtolower($clean($text));
}

if (!function_exists('App\\\\Models\\\\dd')) {
    function dd(mixed ...$values): never
    {
        exit(1);
    }
}

$listener = new class {
    public int $calls = 0;
    public function handle(): void {}
};
"""


def test_php_outline() -> None:
    assert (
        extract_outline("User.php", SOURCE)
        == """\
namespace App\\Models  5-5
  const App\\Models::PAGE_SIZE  9-10
  class App\\Models::User  12-34
    const App\\Models::User::ROLE  17-17
    property App\\Models::User::$name  19-19
    property App\\Models::User::$count  20-20
    constructor App\\Models::User::__construct  22-22
    method App\\Models::User::make  24-31
    method App\\Models::User::table  33-33
  interface App\\Models::Named  36-41
    const App\\Models::Named::SEPARATOR  38-38
    method App\\Models::Named::name  40-40
  trait App\\Models::Greets  43-51
    property App\\Models::Greets::$greeting  45-45
    method App\\Models::Greets::greet  47-50
  enum App\\Models::Suit  53-67
    const App\\Models::Suit::Hearts  55-55
    const App\\Models::Suit::Spades  56-56
    const App\\Models::Suit::Wild  58-58
    method App\\Models::Suit::color  60-66
  function App\\Models::slugify  69-74
  function App\\Models::dd  77-80
"""
    )


def test_php_declarations_after_a_namespace_statement_nest_under_it() -> None:
    found = entities("User.php", SOURCE)
    assert found["App\\Models::User"].parent == found["App\\Models"].key
    assert found["App\\Models::User::make"].parent == found["App\\Models::User"].key
    assert found["App\\Models::User"].scope == "App\\Models"


def test_php_braced_namespaces_nest_by_containment() -> None:
    source = """\
<?php
namespace App\\Http {
    class Kernel {}
    function boot() {}
}
namespace {
    class Legacy {}
    define('APP_DEBUG', false);
}
"""
    assert extract_outline("k.php", source) == (
        "namespace App\\Http  2-5\n"
        "  class App\\Http::Kernel  3-3\n"
        "  function App\\Http::boot  4-4\n"
        "class Legacy  7-7\n"
        "const APP_DEBUG  8-8\n"
    )


def test_php_file_without_namespace() -> None:
    source = "<?php\nfunction helper() {}\nclass Plain {}\n?>\n<p><?= helper() ?></p>\n"
    assert extract_outline("view.php", source) == "function helper  2-2\nclass Plain  3-3\n"


def test_php_anonymous_classes_and_nested_functions_are_not_entities() -> None:
    found = entities("User.php", SOURCE)
    assert not any(name.endswith(("::inner", "::handle", "::$calls")) for name in found)


def test_php_docblock_and_attributes_belong_to_the_method() -> None:
    make = entities("User.php", SOURCE)["App\\Models::User::make"]
    # `/** ... */` starts at line 24, the attribute `#[Pure]` is on line 27.
    assert make.span.start_line == 24


def test_php_doc_comment_apart_from_a_declaration_is_not_attached() -> None:
    source = "<?php\n/** File header. */\n\nfunction a() {}\n// Doc of b.\nfunction b() {}\n"
    assert extract_outline("a.php", source) == "function a  4-4\nfunction b  5-6\n"


def test_php_one_declaration_of_several_is_one_entity_named_after_the_first() -> None:
    found = entities("User.php", SOURCE)
    assert "App\\Models::User::ADMIN" not in found
    assert "App\\Models::User::$email" not in found
    assert found["App\\Models::User::ROLE"].span.start_line == 17


def test_php_string_is_one_token() -> None:
    old = entities("a.php", "<?php\nconst GREETING = 'hello world';\n")["GREETING"].fingerprint
    new = entities("a.php", "<?php\nconst GREETING = 'hello there world';\n")["GREETING"]
    assert len(old.tokens) == len(new.fingerprint.tokens)
    assert old.own_code_hash != new.fingerprint.own_code_hash

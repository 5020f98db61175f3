"""TypeScript: source → outline."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.sources import make_source
from tests.support import entities, extract_outline

SOURCE = """\
import type { Request } from "./http";

export const DEFAULT_TIMEOUT: number = 30;
declare const VERSION: string;

/** Something with an id. */
export interface Entity {
  id: string;
  touch(): void;
}

export type Id = string | number;

export enum Status {
  Active = "active",
  Archived = "archived",
}

export namespace Validation {
  export function isId(value: unknown): value is Id {
    return typeof value === "string";
  }
}

declare module "express" {
  interface Request {
    user?: Entity;
  }
}

export function parse(input: string): number;
export function parse(input: string, radix: number): number;
export function parse(input: string, radix = 10): number {
  return parseInt(input, radix);
}

export const toId = (value: number): Id => String(value);

export abstract class Repository<T extends Entity> {
  protected items = new Map<string, T>();

  abstract validate(item: T): boolean;

  find(id: string): T | undefined;
  find(ids: string[]): T[];
  find(query: string | string[]): T | T[] | undefined {
    return Array.isArray(query) ? [] : this.items.get(query);
  }

  get size(): number {
    return this.items.size;
  }

  // Saves after validating.
  @Transactional()
  @Logged
  save(item: T): void {
    if (this.validate(item)) this.items.set(item.id, item);
  }
}
"""


def test_typescript_outline() -> None:
    assert (
        extract_outline("repository.ts", SOURCE)
        == """\
const DEFAULT_TIMEOUT  3-3
const VERSION  4-4
interface Entity  6-10
type Id  12-12
enum Status  14-17
namespace Validation  19-23
  function Validation.isId  20-22
namespace "express"  25-29
  interface "express".Request  26-28
function parse(string)  31-31
function parse(string, number)  32-32
function parse  33-35
function toId  37-37
class Repository  39-60
  method Repository.validate(T)  42-42
  method Repository.find(string)  44-44
  method Repository.find(string[])  45-45
  method Repository.find  46-48
  method Repository.size(get)  50-52
  method Repository.save  54-59
"""
    )


def test_typescript_overload_signatures_have_their_own_keys() -> None:
    """Each signature is keyed by its parameter types, the implementation by its name alone:
    all three `parse` entities pair by key when nothing else changed."""
    parsed = parse_file(make_source("x.ts", SOURCE.encode("utf-8")))
    parse = [e for e in parsed.entities if e.name == "parse"]
    assert [(e.overload, e.ordinal) for e in parse] == [
        ("string", 0),
        ("string, number", 0),
        ("", 0),
    ]
    assert entities("x.ts", SOURCE)["parse"].span.start_line == 33


def test_typescript_decorated_class_and_namespace_comments() -> None:
    source = (
        "// The app's root.\n"
        "@Component({ selector: 'app' })\n"
        "export class AppComponent {}\n"
        "\n"
        "/** Legacy helpers. */\n"
        "namespace Legacy {\n"
        "  export type Handle = number;\n"
        "}\n"
        "\n"
        "declare function log(message: string): void;\n"
        "declare global {\n"
        "  interface Window { app: AppComponent }\n"
        "}\n"
    )
    assert (
        extract_outline("x.mts", source)
        == """\
class AppComponent  1-3
namespace Legacy  5-8
  type Legacy.Handle  7-7
function log(string)  10-10
namespace global  11-13
  interface global.Window  12-12
"""
    )


def test_typescript_abstract_class_and_getters() -> None:
    source = (
        "abstract class Shape {\n"
        "  abstract area(): number;\n"
        "  abstract scale(factor: number, origin?: Point): void;\n"
        "  abstract get name(): string;\n"
        "  get sides(): number { return 0; }\n"
        "  set sides(value: number) {}\n"
        "  #cache = new Map();\n"
        "  onResize = (width: number): void => {};\n"
        "}\n"
    )
    assert (
        extract_outline("x.cts", source)
        == """\
class Shape  1-9
  method Shape.area  2-2
  method Shape.scale(number, Point)  3-3
  method Shape.name(get)  4-4
  method Shape.sides(get)  5-5
  method Shape.sides(set)  6-6
  method Shape.onResize  8-8
"""
    )


def test_typescript_tests_written_as_calls() -> None:
    source = """\
import { describe, expect, it, vi } from "vitest";
import { retry } from "./retry";

describe("retry", () => {
  const sleep = vi.fn<[number], Promise<void>>();

  afterEach(() => {
    sleep.mockReset();
  });

  it("gives up after three tries", async () => {
    const failing = { call: () => Promise.reject(new Error("down")) };
    await expect(retry(failing.call, { sleep })).rejects.toThrow("down");
  });

  it.each([1, 2])("waits %i seconds", async (seconds: number) => {
    expect(seconds).toBeGreaterThan(0);
  });
});
"""
    # `it.each(table)(...)` is a call of a call: not a test entity yet (docs/languages.md).
    assert (
        extract_outline("retry.test.ts", source)
        == """\
test retry  4-19
  test retry.afterEach  7-9
  test retry.gives up after three tries  11-14
"""
    )


def test_typescript_object_members_and_property_functions() -> None:
    source = """\
export const handlers = {
  async onSave(event: SaveEvent): Promise<void> {
    await store.save(event.doc);
  },
  onClose: (event: CloseEvent) => store.close(event.id),
  retries: 3,
};

export default {
  name: "settings",
  setup(props: Props) {
    return { props };
  },
};

exports.version = (): string => "1.0";

function makeStore(): Store {
  const cache: Record<string, Doc> = {};
  const api = {
    get(id: string) {
      return cache[id];
    },
  };
  function reset(): void {}
  return { ...api, reset };
}
"""
    assert (
        extract_outline("handlers.ts", source)
        == """\
const handlers  1-7
  method handlers.onSave  2-4
  method handlers.onClose  5-5
const default  9-14
  method default.setup  11-13
function exports.version  16-16
function makeStore  18-27
  function makeStore.reset  25-25
"""
    )

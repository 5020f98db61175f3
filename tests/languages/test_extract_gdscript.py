"""GDScript: source → outline."""

from __future__ import annotations

from semdiff.languages import spec_by_name
from tests.support import entities, extract_outline

# A Godot 4 script in the style of a game's player controller: signals, enums, constants, an
# exported property with a setter and getter, an @onready variable, a static variable, the
# constructor, engine callbacks, a static factory, a lambda, and an inner class with its own
# constructor, methods and a nested class.
SOURCE = """\
@tool
class_name Player
extends CharacterBody2D
## The player character.

signal health_changed(old_value: int, new_value: int)
signal died

enum State { IDLE, RUN, JUMP }
enum { LAYER_WORLD, LAYER_ENEMY }
const SPEED := 300.0
const Bullet = preload("res://bullet.gd")

@export var max_health: int = 100:
	set(value):
		max_health = maxi(value, 1)
		health = mini(health, max_health)
	get:
		return max_health
var health := 100
@onready var sprite: Sprite2D = $Sprite2D
static var instances := 0


func _init() -> void:
	instances += 1


## Moves and collides; called every physics frame.
func _physics_process(delta: float) -> void:
	var direction := Input.get_axis("move_left", "move_right")
	velocity.x = direction * SPEED
	move_and_slide()


func take_damage(amount: int) -> void:
	var old := health
	health = maxi(health - amount, 0)
	health_changed.emit(old, health)
	if health == 0:
		died.emit()


static func spawn(parent: Node) -> Player:
	var player := preload("res://player.tscn").instantiate()
	parent.add_child(player)
	return player


func heal_all(amounts: Array[int]) -> void:
	var heal := func(amount: int) -> void: health += amount
	amounts.map(heal)


class Inventory extends RefCounted:
	signal changed
	const MAX_SLOTS = 8
	var slots: Array = []
	static var shared_count := 0

	func _init(size: int) -> void:
		slots.resize(size)

	func add(item: Resource) -> bool:
		var free := slots.find(null)
		if free == -1:
			return false
		slots[free] = item
		changed.emit()
		return true

	class Slot:
		var item: Resource
		func is_empty() -> bool:
			return item == null
"""


def test_gdscript_outline() -> None:
    # `class_name`, `extends` and the anonymous enum are lines of the script, not entities.
    assert (
        extract_outline("player.gd", SOURCE)
        == """\
property health_changed  6-6
property died  7-7
enum State  9-9
const SPEED  11-11
const Bullet  12-12
variable max_health  14-19
variable health  20-20
variable sprite  21-21
static instances  22-22
constructor _init  25-26
function _physics_process  29-33
function take_damage  36-41
function spawn  44-47
function heal_all  50-52
class Inventory  55-75
  property Inventory.changed  56-56
  const Inventory.MAX_SLOTS  57-57
  field Inventory.slots  58-58
  static Inventory.shared_count  59-59
  constructor Inventory._init  61-62
  method Inventory.add  64-70
  class Inventory.Slot  72-75
    field Inventory.Slot.item  73-73
    method Inventory.Slot.is_empty  74-75
"""
    )


def test_gdscript_words_shown() -> None:
    found = entities("player.gd", SOURCE)
    gdscript = spec_by_name("gdscript")
    words = {name: found[name].label or gdscript.label(found[name].kind) for name in found}
    assert words["died"] == "signal"
    assert words["health"] == "var"
    assert words["instances"] == "static var"
    assert words["Inventory.slots"] == "var"
    assert words["_init"] == words["Inventory._init"] == words["spawn"] == "func"
    assert words["Inventory.add"] == "func"


def test_gdscript_locals_lambdas_and_accessors_are_not_entities() -> None:
    found = entities("player.gd", SOURCE)
    for name in ("direction", "old", "player", "heal", "free", "value", "LAYER_WORLD"):
        assert not any(key.split(".")[-1] == name for key in found), name

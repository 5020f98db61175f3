"""Smali: source → outline."""

from __future__ import annotations

from semdiff.languages import spec_by_name
from tests.support import entities, extract_outline

# A class as baksmali writes it: the class directives, baksmali's section comments, an
# annotation, static and instance fields, the static initializer and an overloaded
# constructor, overloaded direct methods, virtual methods with registers, parameters, labels
# and line numbers, and an abstract method.
SOURCE = """\
.class public abstract Lcom/example/app/Counter;
.super Ljava/lang/Object;
.source "Counter.java"

# interfaces
.implements Ljava/lang/Runnable;


# annotations
.annotation system Ldalvik/annotation/MemberClasses;
    value = {
        Lcom/example/app/Counter$Listener;
    }
.end annotation


# static fields
.field private static final TAG:Ljava/lang/String; = "Counter"

.field static instances:I


# instance fields
.field private count:I

.field listener:Lcom/example/app/Counter$Listener;


# direct methods
.method static constructor <clinit>()V
    .registers 1

    const/4 v0, 0x0

    sput v0, Lcom/example/app/Counter;->instances:I

    return-void
.end method

.method public constructor <init>()V
    .registers 2

    .prologue
    .line 12
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public constructor <init>(I)V
    .registers 2
    .param p1, "start"    # I

    .prologue
    .line 16
    invoke-direct {p0}, Lcom/example/app/Counter;-><init>()V

    iput p1, p0, Lcom/example/app/Counter;->count:I

    return-void
.end method

.method private add(I)V
    .registers 3

    iget v0, p0, Lcom/example/app/Counter;->count:I

    add-int/2addr v0, p1

    iput v0, p0, Lcom/example/app/Counter;->count:I

    return-void
.end method

.method private add(J)V
    .registers 4

    long-to-int v0, p1

    invoke-direct {p0, v0}, Lcom/example/app/Counter;->add(I)V

    return-void
.end method


# virtual methods
.method public run()V
    .registers 2

    .prologue
    .line 30
    const/4 v0, 0x1

    if-lez v0, :cond_6

    invoke-direct {p0, v0}, Lcom/example/app/Counter;->add(I)V

    :cond_6
    return-void
.end method

.method public abstract reset()V
.end method
"""


def test_smali_outline() -> None:
    # baksmali's section comments (`# direct methods`) are the class's own lines, not the
    # first member's.
    assert (
        extract_outline("Counter.smali", SOURCE)
        == """\
class Lcom/example/app/Counter;  1-103
  static Lcom/example/app/Counter;->TAG  18-18
  static Lcom/example/app/Counter;->instances  20-20
  field Lcom/example/app/Counter;->count  24-24
  field Lcom/example/app/Counter;->listener  26-26
  constructor Lcom/example/app/Counter;-><clinit>  30-38
  constructor Lcom/example/app/Counter;-><init>  40-48
  constructor Lcom/example/app/Counter;-><init>(I)  50-61
  method Lcom/example/app/Counter;->add(I)  63-73
  method Lcom/example/app/Counter;->add(J)  75-83
  method Lcom/example/app/Counter;->run  87-100
  method Lcom/example/app/Counter;->reset  102-103
"""
    )


def test_smali_words_and_kinds() -> None:
    smali = spec_by_name("smali")
    found = entities("Counter.smali", SOURCE)
    assert smali.label(found["Lcom/example/app/Counter;->run"].kind) == ".method"
    assert smali.label(found["Lcom/example/app/Counter;->count"].kind) == ".field"
    interface = SOURCE.replace(".class public abstract", ".class public interface abstract")
    assert entities("Counter.smali", interface)["Lcom/example/app/Counter;"].kind == "interface"
    enum = SOURCE.replace(".class public abstract", ".class public final enum")
    assert entities("Counter.smali", enum)["Lcom/example/app/Counter;"].kind == "enum"


def test_smali_instructions_and_labels_are_not_entities() -> None:
    outline = extract_outline("Counter.smali", SOURCE)
    assert len(outline.splitlines()) == 12
    assert ":cond" not in outline
    assert "Object" not in outline

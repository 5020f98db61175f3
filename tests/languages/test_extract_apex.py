"""Apex: source → outline."""

from __future__ import annotations

from semdiff.languages import spec_by_name
from tests.support import entities, extract_outline

# In the style of Salesforce's project templates (UIBundleAuthUtils, UIBundleLogin): a
# REST resource class with a constant, a property, overloaded constructors, annotated static
# methods, a nested exception class, an enum and an interface; and a trigger.
SOURCE = """\
/**
 * REST endpoint for orders.
 */
@RestResource(urlMapping='/orders/*')
global with sharing class OrderService {
    public static final Integer MAX_LINES = 200;
    private String currencyCode;
    public Integer lineCount { get; private set; }

    public OrderService() {
        this('USD');
    }

    public OrderService(String currencyCode) {
        this.currencyCode = currencyCode;
    }

    /**
     * Returns the order with the given id.
     */
    @HttpGet
    global static Order__c getOrder(Id orderId, Boolean withLines) {
        List<Order__c> found = [SELECT Id FROM Order__c WHERE Id = :orderId];
        return found.isEmpty() ? null : found[0];
    }

    public class OrderException extends Exception {
        public Integer statusCode;
    }

    public enum Status { DRAFT, ACTIVATED }

    public interface Pricing {
        Decimal price(Order__c order);
    }
}
"""

TRIGGER = """\
trigger OrderTrigger on Order__c (before insert, after update) {
    if (Trigger.isBefore) {
        OrderService.validate(Trigger.new);
    }
}
"""


def test_apex_outline() -> None:
    # The ApexDoc and the `@RestResource` annotation above the class are part of it.
    assert (
        extract_outline("OrderService.cls", SOURCE)
        == """\
class OrderService  1-36
  field OrderService.MAX_LINES  6-6
  field OrderService.currencyCode  7-7
  property OrderService.lineCount  8-8
  constructor OrderService.OrderService  10-12
  constructor OrderService.OrderService(String)  14-16
  method OrderService.getOrder(Id, Boolean)  18-25
  class OrderService.OrderException  27-29
    field OrderService.OrderException.statusCode  28-28
  enum OrderService.Status  31-31
    const OrderService.Status.DRAFT  31-31
    const OrderService.Status.ACTIVATED  31-31
  interface OrderService.Pricing  33-35
    method OrderService.Pricing.price(Order__c)  34-34
"""
    )


def test_apex_trigger() -> None:
    assert extract_outline("OrderTrigger.trigger", TRIGGER) == "function OrderTrigger  1-5\n"
    found = entities("OrderTrigger.trigger", TRIGGER)
    assert (found["OrderTrigger"].label or spec_by_name("apex").label("function")) == "trigger"


def test_apex_locals_are_not_entities() -> None:
    found = entities("OrderService.cls", SOURCE)
    assert not any(name.endswith("found") for name in found)

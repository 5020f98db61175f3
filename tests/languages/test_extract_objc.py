"""Objective-C: source → outline."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.sources import make_source
from tests.support import entities, extract_outline

SOURCE = """\
#import "CDVPlugin.h"

NSString* const CDVPageDidLoadNotification = @"CDVPageDidLoadNotification";
static int requestCount = 0;
#define CDV_MAX_RETRIES 3

// Private declarations.
@interface CDVPlugin ()
@property (nonatomic, readwrite, weak) UIView* webView;
- (void)resetState;
@end

@interface CDVQueue : NSObject {
    @protected
    NSMutableArray* _queue;
}
- (void)enqueue:(id)item withPriority:(int)priority;
@end

@protocol CDVCommandDelegate <NSObject>
- (void)sendPluginResult:(id)result callbackId:(NSString*)callbackId;
@end

@implementation CDVPlugin
@synthesize webView;

/** Sets up the plugin. */
- (instancetype)initWithWebViewEngine:(id)theWebViewEngine
{
    self = [super init];
    if (self) {
        static int created = 0;
        created++;
    }
    return self;
}

- (void)resetState {}

+ (NSString*)pluginName { return @"CDVPlugin"; }

- (void)handleOpenURL:(NSNotification*)notification
{
}

- (void)handleOpenURL:(NSNotification*)notification fromSource:(NSString*)source
{
}
@end

@implementation NSString (CDVJSONSerializing)
- (id)cdv_JSONObject
{
    return nil;
}
@end

void CDVLogRequest(NSString* name)
{
    requestCount++;
}

typedef struct {
    int width;
    int height;
} CDVSize;
"""


def test_objc_outline() -> None:
    assert (
        extract_outline("CDVPlugin.m", SOURCE)
        == """\
const CDVPageDidLoadNotification  3-3
variable requestCount  4-4
macro CDV_MAX_RETRIES  5-5
interface CDVPlugin  7-11
  property CDVPlugin.webView  9-9
  method CDVPlugin.resetState  10-10
interface CDVQueue  13-18
  field CDVQueue._queue  15-15
  method CDVQueue.enqueue(withPriority)  17-17
protocol CDVCommandDelegate  20-22
  method CDVCommandDelegate.sendPluginResult(callbackId)  21-21
class CDVPlugin  24-49
  method CDVPlugin.initWithWebViewEngine  27-36
  method CDVPlugin.resetState  38-38
  method CDVPlugin.pluginName  40-40
  method CDVPlugin.handleOpenURL  42-44
  method CDVPlugin.handleOpenURL(fromSource)  46-48
impl NSString (CDVJSONSerializing)  51-56
  method NSString (CDVJSONSerializing).cdv_JSONObject  52-55
function CDVLogRequest  58-61
struct CDVSize  63-66
"""
    )


def test_objc_what_a_body_declares_is_not_an_entity() -> None:
    found = entities("CDVPlugin.m", SOURCE)
    assert not any("created" in name for name in found)


def test_objc_selector_parts_tell_methods_apart() -> None:
    parsed = parse_file(make_source("CDVPlugin.m", SOURCE.encode()))
    handlers = [e for e in parsed.entities if e.qualified_name == "CDVPlugin.handleOpenURL"]
    assert [e.overload for e in handlers] == ["", "fromSource"]
    assert len({e.key for e in handlers}) == 2


def test_objc_selector_is_the_signature_and_the_block_the_body() -> None:
    source = "@implementation A\n- (int)size:(int)n\n{\n    return n;\n}\n@end\n"
    old = entities("A.m", source)["A.size"].fingerprint
    typed = entities("A.m", source.replace("(int)n", "(long)n"))["A.size"].fingerprint
    assert typed.header_hash != old.header_hash
    assert typed.own_body_hash == old.own_body_hash
    edited = entities("A.m", source.replace("return n;", "return n + 1;"))["A.size"].fingerprint
    assert edited.header_hash == old.header_hash
    assert edited.own_body_hash != old.own_body_hash


def test_headers_stay_c() -> None:
    assert extract_outline("CDVPlugin.h", "int f(void);\n") == "function f  1-1\n"

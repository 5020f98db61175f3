; Protocol Buffers. Entities are the named definitions protoc gives a full name: messages
; (nested ones as `Outer.Inner`), enums, services and their rpcs, a message's oneofs, and
; `extend` blocks. Fields and enum values are lines of their message or enum: a one-line
; entity would pair badly, and a reviewer reads a message as a whole.

(message (message_name (identifier) @name)) @definition.struct
(enum (enum_name (identifier) @name)) @definition.enum
(service (service_name (identifier) @name)) @definition.interface
(rpc (rpc_name (identifier) @name)) @definition.method
; `oneof payment { ... }` inside a message: `Order.payment`.
(oneof . (identifier) @name) @definition.union
; `extend google.protobuf.MessageOptions { ... }`: named after the extended message.
(extend (full_ident) @name) @definition.impl

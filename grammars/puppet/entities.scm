; Puppet. Entities are what a manifest defines by name: classes, defined types (`define`, a
; `class` shown as `define`: a type of resource declared with parameters, as a class is),
; functions written in the Puppet language, type aliases (`type Postfix::Mode = Enum[...]`)
; and node definitions (an `object` shown as `node`, named after its first node name).
;
; Inside a class, a define or a node: the resources it declares (`element`s shown as
; `resource`, named as Puppet references them, `package['postfix']`: the type as written
; and the title) and the variables a class or define assigns (`$confdir = ...`, reachable
; from outside a class as `$postfix::params::confdir`), named with their `$`. Includes,
; relations, resource defaults and collectors are lines of what holds them.

(class_definition "class" @label [(identifier) (class_identifier)] @name) @definition.class
(defined_resource_type "define" @label [(identifier) (class_identifier)] @name) @definition.class
(function_declaration [(identifier) (class_identifier)] @name) @definition.function
(type_declaration [(identifier) (class_identifier)] @name) @definition.type
(node_definition . (node_name) @name) @definition.object

; A resource: `file { '/etc/motd': ... }`, named `file['/etc/motd']`.
(resource_declaration type: (_) @name.rtype title: (_) @name) @definition.element

; A class's or define's variables (in its body or in a conditional there).
(assignment . (variable) @name) @definition.variable

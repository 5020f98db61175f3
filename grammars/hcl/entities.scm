; HCL. Entities are blocks named by their labels, with the block type as the word the
; terminal shows (`@label`): Terraform's `resource "aws_instance" "web"` is the object
; `aws_instance.web`, `data "aws_ami" "ubuntu"` the object `data.aws_ami.ubuntu`, `module
; "vpc"` a namespace, `variable "region"` a variable, `output "id"` a const, and each
; attribute of a `locals` block a const; any other block with labels (`provider "aws"`,
; `provisioner "local-exec"`, a Nomad `job`/`group`/`task`, a Packer `source`) is a section,
; nested ones too; a block without labels at the top (`terraform { ... }`) is a section named
; by its type; an attribute at the top (a `.tfvars` file) is a key. What follows a block's
; `{` is its body: an edit of its type or labels is a signature change.
;
; When two patterns capture one node, the first pattern wins.

((block
   (identifier) @label
   . (string_lit (template_literal) @name.type)
   . (string_lit (template_literal) @name)
   . (block_start)) @definition.object
 (#eq? @label "resource"))
((block
   (identifier) @label
   . (string_lit (template_literal) @name.source)
   . (string_lit (template_literal) @name)
   . (block_start)) @definition.object
 (#eq? @label "data"))
((block (identifier) @label . (string_lit (template_literal) @name) . (block_start)) @definition.namespace
 (#eq? @label "module"))
((block (identifier) @label . (string_lit (template_literal) @name) . (block_start)) @definition.variable
 (#eq? @label "variable"))
((block (identifier) @label . (string_lit (template_literal) @name) . (block_start)) @definition.const
 (#eq? @label "output"))
((block
   (identifier) @label
   (body (attribute (identifier) @name) @definition.const))
 (#eq? @label "locals"))

(block
  (identifier) @label
  . (string_lit (template_literal) @name)
  . (string_lit (template_literal) @name.second)
  . (block_start)) @definition.section
(block (identifier) @label . (string_lit (template_literal) @name) . (block_start)) @definition.section
((config_file (body (block (identifier) @name . (block_start)) @definition.section))
 (#not-eq? @name "locals"))

(config_file (body (attribute (identifier) @name) @definition.key))

(block (block_start) @body)

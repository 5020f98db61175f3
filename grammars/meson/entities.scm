; Meson. A build file is a sequence of statements; what it names are its variables, so an
; entity is an assignment `name = ...` (a `variable`, anywhere: in an `if` or a `foreach`
; too), shown with the function it calls when that is a build target or dependency
; (`foo_lib = static_library(...)` shows `static_library`). `name += ...` appends to a
; variable and is a line of the file, as are calls made for their effect (`subdir('tests')`,
; `install_data(...)`). A `test('name', exe)` is a `test` named by its first argument; an
; `option('name', ...)` in meson.options a `const` shown as `option`.

(operatorunit
  . (identifier) @name
  . "="
  . (normal_command
      command: (identifier) @label
      (#any-of? @label
        "executable" "library" "static_library" "shared_library" "both_libraries"
        "shared_module" "jar" "build_target" "custom_target" "run_target" "alias_target"
        "generator" "dependency" "declare_dependency" "find_program" "configure_file"
        "configuration_data" "import" "subproject" "files" "include_directories"))) @definition.variable
(operatorunit . (identifier) @name . "=") @definition.variable

(normal_command
  command: (identifier) @_command
  . (variableunit (string) @name)
  (#any-of? @_command "test" "benchmark")) @definition.test
(normal_command
  command: (identifier) @_command
  . (variableunit (string) @name)
  (#eq? @_command "option")) @definition.const

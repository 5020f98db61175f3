; LaTeX: a sectioning command (`\part` to `\subparagraph`, starred or not) is an entity of kind
; `section`, named by its title as written, braces included (`{\pkg{trace}: Add package support}`:
; a title may start with a command), and shown with its command (`@label`: `\section`,
; `\subsection*`); the grammar nests each heading's text and lower headings under it, up to
; the next heading of its level. A macro definition (`\newcommand`, `\renewcommand`,
; `\DeclareMathOperator`, `\NewDocumentCommand`, `\def`...) is a `macro` named by the command
; it defines (`\R`), and `\newenvironment` a `macro` named by the environment; both are shown
; with the defining command.

(part command: _ @label text: (curly_group) @name) @definition.section
(chapter command: _ @label text: (curly_group) @name) @definition.section
(section command: _ @label text: (curly_group) @name) @definition.section
(subsection command: _ @label text: (curly_group) @name) @definition.section
(subsubsection command: _ @label text: (curly_group) @name) @definition.section
(paragraph command: _ @label text: (curly_group) @name) @definition.section
(subparagraph command: _ @label text: (curly_group) @name) @definition.section

(new_command_definition
  .
  _ @label
  declaration: [(curly_group_command_name command: (command_name) @name) (command_name) @name])
  @definition.macro
(old_command_definition . _ @label declaration: (command_name) @name) @definition.macro
(let_command_definition . _ @label declaration: (command_name) @name) @definition.macro
(environment_definition . _ @label name: (curly_group_text text: (text) @name))
  @definition.macro

"""PowerShell: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
#Requires -Module Ansible.ModuleUtils.Legacy

# The module's state.
$script:module = $null
$global:RetryCount = 3
$ErrorActionPreference = 'Stop'

function Set-ActiveModule {
    <#
        .SYNOPSIS
        Sets the currently active module.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        $Module
    )

    function Test-Inner { $true }
    $script:module = $Module
}

<#
.SYNOPSIS
Keeps the even numbers of a pipeline.
#>
filter Select-Even { if ($_ % 2 -eq 0) { $_ } }

Function global:Get-Thing($Name, $Default) { $Default }

class Package {
    [string] $Name
    hidden [int] $Retries = 0

    Package([string] $name) {
        $this.Name = $name
    }

    [string] Describe() {
        return "package $($this.Name)"
    }

    static [Package] Parse([string] $text) {
        return [Package]::new($text.Trim())
    }
}

enum InstallState { Absent; Present; Latest }

if ($PSVersionTable.PSVersion.Major -lt 6) {
    function Get-Legacy { 'legacy' }
}

Invoke-Command -ScriptBlock {
    function Hidden-Helper { 1 }
}

Export-ModuleMember -Function Set-ActiveModule
"""


def test_powershell_outline() -> None:
    assert (
        extract_outline("Common.psm1", SOURCE)
        == """\
variable $script:module  3-4
variable $global:RetryCount  5-5
function Set-ActiveModule  8-21
function Select-Even  23-27
function global:Get-Thing  29-29
class Package  31-46
  property Package.$Name  32-32
  property Package.$Retries  33-33
  constructor Package.Package  35-37
  method Package.Describe  39-41
  method Package.Parse  43-45
enum InstallState  48-48
function Get-Legacy  51-51
"""
    )


def test_powershell_what_a_script_block_holds_is_not_an_entity() -> None:
    found = entities("Common.psm1", SOURCE)
    assert "Test-Inner" not in found and "Hidden-Helper" not in found
    # Only variables set with a scope are the script's state.
    assert "$ErrorActionPreference" not in found


def test_powershell_script_block_is_the_body() -> None:
    source = "function Add($a, $b) {\n    $a + $b\n}\n"
    old = entities("m.ps1", source)["Add"].fingerprint
    more = entities("m.ps1", source.replace("($a, $b)", "($a, $b, $c)"))["Add"].fingerprint
    assert more.header_hash != old.header_hash
    assert more.own_body_hash == old.own_body_hash
    edited = entities("m.ps1", source.replace("$a + $b", "$a - $b"))["Add"].fingerprint
    assert edited.header_hash == old.header_hash
    assert edited.own_body_hash != old.own_body_hash


def test_powershell_shebang_of_an_ansible_module() -> None:
    assert extract_outline("setup", "#!powershell\n\nfunction Get-Facts { @{} }\n") == (
        "function Get-Facts  3-3\n"
    )

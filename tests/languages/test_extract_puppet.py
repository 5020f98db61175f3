"""Puppet: source → outline."""

from __future__ import annotations

from semdiff.languages import spec_by_name
from tests.support import entities, extract_outline

# In the style of the Debian-packaged modules (arioch-redis, camptocamp-postfix, cinder): a
# documented class with parameters, class variables (one in a conditional) and resources, a
# defined type with a resource, a Puppet-language function, a type alias, a node and a params
# class.
SOURCE = """\
# Installs and configures postfix.
#
# @param relayhost Where to relay mail.
class postfix (
  String $relayhost = '',
  Boolean $mta = false,
) inherits postfix::params {
  include postfix::packages

  $config_file = "${postfix::params::confdir}/main.cf"

  package { 'postfix':
    ensure => installed,
  }

  if $mta {
    $relay = $relayhost
    service { 'postfix':
      ensure  => running,
      require => Package['postfix'],
    }
  }
}

define postfix::hash (
  Enum['present', 'absent'] $ensure = 'present',
) {
  $source = "/etc/postfix/${title}"
  exec { "postmap ${title}":
    command     => "postmap ${source}",
    refreshonly => true,
  }
}

function postfix::escape(String $value) >> String {
  $quoted = $value.regsubst('"', '\\\\"', 'G')
  "\\"${quoted}\\""
}

type Postfix::Mode = Enum['mta', 'satellite']

node 'mx1.example.org', 'mx2.example.org' {
  include postfix
  file { '/etc/mailname':
    content => $facts['networking']['fqdn'],
  }
}

class postfix::params {
  $confdir = '/etc/postfix'
}
"""


def test_puppet_outline() -> None:
    # The comment block above the class is part of it; the variable and the service resource
    # inside the `if` are still the class's.
    assert (
        extract_outline("init.pp", SOURCE)
        == """\
class postfix  1-23
  variable postfix::$config_file  10-10
  element postfix::package['postfix']  12-14
  variable postfix::$relay  17-17
  element postfix::service['postfix']  18-21
class postfix::hash  25-33
  variable postfix::hash::$source  28-28
  element postfix::hash::exec["postmap ${title}"]  29-32
function postfix::escape  35-38
type Postfix::Mode  40-40
object 'mx1.example.org'  42-47
  element 'mx1.example.org'::file['/etc/mailname']  44-46
class postfix::params  49-51
  variable postfix::params::$confdir  50-50
"""
    )


def test_puppet_words_shown() -> None:
    found = entities("init.pp", SOURCE)
    puppet = spec_by_name("puppet")
    words = {name: found[name].label or puppet.label(found[name].kind) for name in found}
    assert words["postfix"] == "class"
    assert words["postfix::hash"] == "define"
    assert words["'mx1.example.org'"] == "node"
    assert words["postfix::package['postfix']"] == "resource"


def test_puppet_function_locals_and_includes_are_not_entities() -> None:
    found = entities("init.pp", SOURCE)
    assert not any(name.endswith("$quoted") for name in found)
    assert not any("packages" in name for name in found)

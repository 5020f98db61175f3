class redis::install {
  if $::redis::manage_package {
  }
}

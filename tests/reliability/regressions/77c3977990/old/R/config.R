read_config <- function(path = "config.yml") {
}
default_config <- function() {
  list(
  )
}
check_required <- function(cfg, keys) {
  if (length(missing) > 0) {
  }
}

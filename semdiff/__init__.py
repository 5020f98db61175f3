"""semdiff: a structural diff that reports which entities changed, were renamed or moved."""

__version__ = "0.1.0"

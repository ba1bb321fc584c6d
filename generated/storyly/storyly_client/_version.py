"""The version of this package (PEP 440): the one in its metadata, re-exported as `__version__`."""

__version__ = "1.1.0"

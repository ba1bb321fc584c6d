"""vendorkit: prose-documented vendor APIs -> OpenAPI + Overlays -> typed clients, mocks and fuzz tests."""

__version__ = "0.1.0"

"""The mocks as a product of their own: what the `vendorkit-mocks` package ships besides the engine.

- `data`: where the vendors' merged specs and mock models are (the package's copy, or `generated/`);
- `cli`: the `vendorkit-mock VENDOR --port 8000` command;
- `harness`: `VendorMock`, a vendor's mock in-process (httpx ASGI transport) or on a loopback port,
  with a ready, authenticated client of the vendor's package and the mock's state;
- `pytest_plugin`: per vendor the fixtures `<vendor>_mock` and `<vendor>_mock_server` (entry point
  `pytest11`), configured by the `vendorkit_mock` marker;
- `transport`: a synchronous httpx transport that runs an ASGI app in-process.

In this repository these modules import the engine as `generator.*`; the package build
(`generator.mockpkg`) copies them with the serving part of the engine into `vendorkit_mocks`.
"""

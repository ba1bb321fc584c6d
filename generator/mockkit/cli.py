"""`vendorkit-mock VENDOR [--port N] [flags]`: a vendor's mock from the installed vendorkit-mocks
package, anywhere (no project tree needed). The flags are those of `vendorkit mock`
(`vendorkit-mock VENDOR --help` lists them); `vendorkit-mock --list` names the vendors.

Exit codes: 0 stopped, 2 a usage error (unknown vendor, bad flag).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from generator.errors import VendorkitError
from generator.mockkit.data import vendor_names, vendors_dir

USAGE = "usage: vendorkit-mock VENDOR [--host H] [--port N] [--seed N] [--state FILE] [...] | --list"


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    folder = vendors_dir()
    known = vendor_names(folder)
    if not arguments or arguments[0] in ("-h", "--help"):
        print(USAGE)
        print(f"vendors: {', '.join(known)}; `vendorkit-mock VENDOR --help` lists a vendor's flags")
        return 0 if arguments else 2
    if arguments[0] == "--list":
        print("\n".join(known))
        return 0
    vendor, rest = arguments[0], arguments[1:]
    if vendor not in known:
        print(f"vendorkit-mock: error: no vendor {vendor!r} (known: {', '.join(known)})", file=sys.stderr)
        return 2
    from generator.mock_command import run_mock

    try:
        return run_mock(folder, vendor, rest, prog="vendorkit-mock")
    except VendorkitError as error:
        print(f"vendorkit-mock: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

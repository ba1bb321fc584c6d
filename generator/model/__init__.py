"""One model of a vendor, read once: the merged spec as typed objects (see `api.py`).

`load_api(document, label, vendor)` parses a merged spec, follows every `$ref` with one resolver,
and validates our `x-` vocabulary (`x-auth`, `x-mock`, `x-pagination`, `x-sdk-*`, `x-fuzz`,
`x-rate-limit`) into typed values, raising `InputError` with the file and JSONPath of a problem.
Client generation, the mock engine, fuzzing and the benchmarks read the result; no other module
walks the raw document.
"""

from generator.model.api import (
    HTTP_METHODS,
    Api,
    Encoding,
    Header,
    Link,
    MediaType,
    Operation,
    Parameter,
    RateLimit,
    RequestBody,
    Response,
    SchemaRef,
    SecurityScheme,
)
from generator.model.auth import AuthModel, CredentialSpec, Provisioning
from generator.model.fuzzing import FuzzAllowance, FuzzDeclaration
from generator.model.mockdecl import CredentialSource, MockDeclaration, OperationBinding
from generator.model.parse import load_api
from generator.model.resolver import Resolver
from generator.model.sdk import Returns, SdkVariant, snake

__all__ = [
    "HTTP_METHODS",
    "Api",
    "AuthModel",
    "CredentialSource",
    "CredentialSpec",
    "Encoding",
    "FuzzAllowance",
    "FuzzDeclaration",
    "Header",
    "Link",
    "MediaType",
    "MockDeclaration",
    "Operation",
    "OperationBinding",
    "Parameter",
    "Provisioning",
    "RateLimit",
    "RequestBody",
    "Resolver",
    "Response",
    "Returns",
    "SchemaRef",
    "SdkVariant",
    "SecurityScheme",
    "load_api",
    "snake",
]

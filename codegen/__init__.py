"""Code generation for ofsc-overlay: Oracle's Swagger 2.0 spec in, the `ofsc_generated` package out.

Run as ``python -m codegen generate|check|fetch-spec``; each step lives in its own module.
"""

OPENAPI_PYTHON_CLIENT_VERSION = "0.29.0"
PACKAGE_NAME = "ofsc_generated"

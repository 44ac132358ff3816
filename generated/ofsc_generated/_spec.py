"""The Oracle Field Service REST API spec this package was generated from (generated)."""

SPEC_VERSION = "2025.12.23"
SPEC_SHA256 = "e19e85414dfa9cba1a93c8a8429e97da52c00eca34c6181b4c16abc4a4397be6"

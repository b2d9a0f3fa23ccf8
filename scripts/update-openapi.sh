#!/usr/bin/env bash
# Writes the OpenAPI document the server serves to tests/Oms.ApiClient.Tests/OpenApi/v1.json, from which the API client tests
# generate their C# client. Run it after changing an endpoint, a request or response type, or Web/OpenApi.
set -euo pipefail
cd "$(dirname "$0")/.."
OMS_WRITE_OPENAPI=1 dotnet test tests/Oms.ApiClient.Tests -c Release \
  --filter "FullyQualifiedName~The_committed_document_is_what_the_server_serves"
echo "Wrote tests/Oms.ApiClient.Tests/OpenApi/v1.json; build again to regenerate the client."

#!/usr/bin/env bash
# Adds an EF Core migration for both providers (see docs/adr/0003-migrations-per-provider.md).
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "${BASH_SOURCE[0]}")/../src/Oms.Persistence"
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --context SqliteOmsDbContext --output-dir Migrations/Sqlite
dotnet ef migrations add "$name" --context PostgresOmsDbContext --output-dir Migrations/Postgres

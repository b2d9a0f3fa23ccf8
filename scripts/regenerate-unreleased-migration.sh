#!/usr/bin/env bash
# Maintainer tool while a release is being prepared: replaces the migrations added since Initial with one migration for
# both providers, regenerated from the current model, with the data fixes existing databases need appended to Up().
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
name=${1:-ForwardFlowCommandCore}
for dir in src/Oms.Persistence/Migrations/Sqlite src/Oms.Persistence/Migrations/Postgres; do
  find "$dir" -name '2026*.cs' ! -name '*_Initial*' -delete
done
git checkout bf13556 -- src/Oms.Persistence/Migrations/Postgres/PostgresOmsDbContextModelSnapshot.cs src/Oms.Persistence/Migrations/Sqlite/SqliteOmsDbContextModelSnapshot.cs
bash scripts/add-migration.sh "$name" >/dev/null
for f in src/Oms.Persistence/Migrations/*/*_"$name".cs; do
  python3 - "$f" <<'PY'
import sys
p = sys.argv[1]; s = open(p).read()
i = s.index('protected override void Down'); j = s.rindex('}', 0, i)
fix = '''
            // Orders captured before workflows ran step by step were all sourced at capture; POS channels sell to walk-in
            // customers; idempotency records now point at the order instead of storing a body, so old ones cannot replay.
            migrationBuilder.Sql("UPDATE \\"Orders\\" SET \\"SourcingReached\\" = TRUE;");
            migrationBuilder.Sql("UPDATE \\"Channels\\" SET \\"AllowsAnonymousCustomer\\" = TRUE WHERE \\"Type\\" = 'Pos';");
            migrationBuilder.Sql("DELETE FROM \\"IdempotencyRecords\\";");
            // The fraud checks read the orders shipped to a postcode; EF Core cannot declare an index on a complex
            // property's column, so it is created here (and dropped in Down).
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \\"IX_Orders_ShippingAddress_PostalCode_CreatedAt\\" "
                + "ON \\"Orders\\" (\\"ShippingAddress_PostalCode\\", \\"CreatedAt\\");");
        }
'''
s = s[:s.rindex('\n', 0, j)] + '\n' + fix.rstrip('\n').lstrip('\n') + s[j + 1:]
k = s.index('{', s.index('protected override void Down')) + 1
s = s[:k] + '\n            migrationBuilder.Sql("DROP INDEX IF EXISTS \\"IX_Orders_ShippingAddress_PostalCode_CreatedAt\\";");' + s[k:]
open(p, 'w').write(s)
PY
done
ls src/Oms.Persistence/Migrations/*/

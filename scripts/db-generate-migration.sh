#!/usr/bin/env bash
# Writes a migration for the difference between the entities and the database schema.
# Usage: npm run db:generate -- AddSomething
set -euo pipefail
name="${1:?usage: npm run db:generate -- MigrationName}"
npm run --silent build
node dist/scripts/db-migrate.js
npx typeorm -d dist/libs/persistence/src/data-source.js migration:generate "libs/persistence/src/migrations/${name}" --pretty
npx prettier --write libs/persistence/src/migrations/*.ts >/dev/null
echo "Now add the new class to libs/persistence/src/migrations/index.ts"

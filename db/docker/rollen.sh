#!/bin/sh
# Runs once, when the PostgreSQL container creates its data directory (docker-entrypoint-initdb.d):
# the two roles trede connects as. The owner runs the migrations; the app may read and add, and
# cannot switch the audit's triggers off. Passwords come from the environment (docker-compose.yml).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v eigenaar_ww="$TREDE_EIGENAAR_WACHTWOORD" -v app_ww="$TREDE_APP_WACHTWOORD" <<'SQL'
create role trede_eigenaar login nosuperuser nocreatedb nocreaterole password :'eigenaar_ww';
create role trede_app login nosuperuser nocreatedb nocreaterole password :'app_ww';
grant all on schema public to trede_eigenaar;
grant usage on schema public to trede_app;
SQL

#pragma once

#include <QString>

namespace kohi::db {

class Session;

// The version guard (issue 14): a client or kohi-admin works only against the schema it was
// built for, i.e. the newest migration applied to the database equals the newest migration
// compiled into the binary. An older schema would lack functions the binary calls, a newer one
// may have changed their meaning.
struct SchemaVersionCheck
{
    bool ok = false;
    QString databaseVersion; // newest applied migration ("0029"), empty if unknown
    QString binaryVersion;   // newest migration this binary knows
    QString message;         // Japanese, for the login dialog / the operator; empty when ok
};

// The newest migration compiled into this binary.
QString newestKnownMigration();

// Asks the database (kohi_meta.schema_version(), callable by every staff member before the
// session check; a database without it predates migration 0029 and is therefore older).
SchemaVersionCheck checkSchemaVersion(const Session& session);

// The comparison alone, for a known database version (empty: older than any known).
SchemaVersionCheck compareSchemaVersions(const QString& databaseVersion,
                                         const QString& binaryVersion);

} // namespace kohi::db

#pragma once

#include "db/ConnectionSettings.h"

#include <QString>

namespace kohi::db {

// A libpq connection string ("host=… port=… dbname=… user=… sslrootcert=…"), as an operator
// names a database on the command line (kohi-admin schema-diff A B). Keywords it leaves out come
// from the libpq environment, like every kohi-admin connection; TLS with full verification
// stays mandatory whatever it says (sslmode is ignored).
struct ConnInfo
{
    ConnectionSettings settings;
    QString user;     // empty: PGUSER
    QString password; // empty: PGPASSFILE / PGPASSWORD
    QString error;    // Japanese; empty when the string parsed

    static ConnInfo parse(const QString& conninfo);
};

} // namespace kohi::db

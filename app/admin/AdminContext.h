#pragma once

#include "db/Session.h"

#include <QTextStream>
#include <memory>

namespace kohi::admin {

// What every kohi-admin command gets: output streams and, on request, a database session opened
// from the libpq environment (PGHOST, PGPORT, PGDATABASE, PGUSER, PGSSLROOTCERT, PGPASSFILE).
class AdminContext
{
public:
    AdminContext(QTextStream& output, QTextStream& errors) : out(output), err(errors) {}
    // Opens the session; on failure prints why and returns nullptr. Refuses (prints why, returns
    // nullptr) a database whose schema is older or newer than this binary (the version guard),
    // unless the command works across versions (migrate, backup) and called
    // skipSchemaVersionCheck() first.
    db::Session* session();
    void skipSchemaVersionCheck() { m_checkSchemaVersion = false; }

    QTextStream& out;
    QTextStream& err;

private:
    std::unique_ptr<db::Session> m_session;
    bool m_checkSchemaVersion = true;
};

// Exit codes shared by all commands.
enum ExitCode
{
    Ok = 0,
    Failed = 1,
    Usage = 2
};

} // namespace kohi::admin

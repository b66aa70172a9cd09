#pragma once

#include "db/ApiError.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kohi::db {

class Session;
struct PgResult;

// One kohi_api function as the migrated database has it, with what its body logs and where its
// current body is written (for docs/api/kohi_api.md, kohi-admin api-reference).
struct ApiFunctionEntry
{
    QString name;      // without the schema
    QString arguments; // as declared, defaults included
    QString result;
    QStringList grantees; // roles granted EXECUTE (the owner aside); "PUBLIC" if granted to all
    bool securityDefiner = false;
    QString volatility;         // immutable | stable | volatile
    bool checksSession = false; // PERFORM kohi.assert_session_ok() in its body
    // kohi.audit / kohi.*_refuse / kohi.*_assert_* calls with a literal action name.
    QStringList auditActions;
    QStringList calls;         // other kohi_api functions its body calls (which log for it)
    QString definedIn;         // the newest migration that creates the function (version)
    QStringList redefinedFrom; // earlier migrations that created it too
    QString duty;              // the comment written above that newest definition
};

// Reads the API's catalogue (pg_proc) as the database administrator, and the migrations
// compiled into this binary for where each body is written.
class ApiCatalog
{
public:
    explicit ApiCatalog(const Session& admin) : m_session(admin) {}

    std::optional<QList<ApiFunctionEntry>> functions();
    const ApiError& lastError() const { return m_error; }

    // The parts read from text, apart for testing.
    static QStringList auditActionsIn(const QString& body);
    static QStringList apiCallsIn(const QString& body, const QString& self);
    // The `--` comment block directly above "CREATE [OR REPLACE] FUNCTION kohi_api.<name>(" in
    // migration text (empty if the definition is not there).
    static QString commentAbove(const QString& migrationSql, const QString& name, bool* found);

private:
    const Session& m_session;
    ApiError m_error;
};

} // namespace kohi::db

#pragma once

#include "db/ApiError.h"

#include <QString>
#include <optional>

namespace kohi::db {

class Session;
struct PgResult;

// Which environment this database is: kohi.environment, the one row the client shows
// unmistakably.
struct EnvironmentIdentity
{
    QString kind; // production | acceptance | training | development | demo
    QString name;
};

// Naming the environment is the database administrator's (kohi-admin env): staff own no table
// privileges, so the server refuses anyone else.
class EnvironmentRepository
{
public:
    explicit EnvironmentRepository(const Session& admin) : m_session(admin) {}

    std::optional<EnvironmentIdentity> read();
    bool write(const QString& kind, const QString& name);

    const ApiError& lastError() const { return m_error; }

private:
    bool check(const PgResult& r, const QString& operation);

    const Session& m_session;
    ApiError m_error;
};

} // namespace kohi::db

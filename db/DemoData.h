#pragma once

#include "db/ApiError.h"
#include "db/PgParams.h"

#include <QList>
#include <QString>
#include <optional>

namespace kohi::db {

class Session;

// What the demo, training and acceptance environments are filled with (kohi-admin demo), as
// typed calls: the SQL stays here. Every generator refuses a production environment on the
// server (kohi.generate_synthetic_recipients, kohi.generate_production_scale), whoever calls it.
class DemoData
{
public:
    explicit DemoData(const Session& session) : m_session(session) {}

    // The environment's kind (production | acceptance | training | development | demo).
    std::optional<QString> environmentKind();
    std::optional<bool> staffExists(const QString& login);
    // user_create, and (acceptPassword) the demo's published password taken as already changed
    // (kohi.demo_accept_password), in one transaction.
    bool createDemoUser(const QString& login, const QString& name, const QString& duty,
                        const QString& password, bool acceptPassword);

    std::optional<qint64> syntheticRecipientCount();
    // Adds n synthetic recipients (programmes mixed); returns how many.
    std::optional<qint64> addSyntheticRecipients(qint64 n);

    struct ScaleRow
    {
        QString programme;
        qint64 recipients = 0;
        qint64 households = 0;
        qint64 applications = 0;
    };
    // Production scale (issue 14): tops the synthetic recipients of 難病 and 小慢 up to the given
    // numbers, each with a household and an approved application, plus open applications in
    // every state, entered by the given clerks and decided by the given approver.
    std::optional<QList<ScaleRow>> addProductionScale(int nanbyo, int shoman,
                                                      const QString& clerkNanbyo,
                                                      const QString& clerkBoshi,
                                                      const QString& approver);
    struct StateCount
    {
        QString programme;
        QString state;
        qint64 count = 0;
    };
    // Applications per programme and state (synthetic recipients only).
    std::optional<QList<StateCount>> applicationStates();

    std::optional<qint64> registeredMyNumbers();
    // Recipients a clerk may register a number for (the clerk's own search), id and number.
    std::optional<QList<std::pair<qint64, QString>>> registrationCandidates(int limit);
    std::optional<QString> firstRecipientWithMyNumber();

    const ApiError& lastError() const { return m_error; }

private:
    bool failed(const PgResult& result);
    const Session& m_session;
    ApiError m_error;
};

} // namespace kohi::db
